-- Axon's event store, token store and saga store, as Axon's PostgreSQL table factories create
-- them but in snake case. Payloads are bytea: large objects (oid) would leak storage.
-- global_index is a bigserial: its sequence hands out one value at a time.

create table domain_event_entry (
    global_index         bigserial    not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    constraint domain_event_entry_pk primary key (global_index),
    constraint domain_event_entry_aggregate_sequence_uk unique (aggregate_identifier, sequence_number),
    constraint domain_event_entry_event_identifier_uk unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    constraint snapshot_event_entry_pk primary key (aggregate_identifier, sequence_number),
    constraint snapshot_event_entry_event_identifier_uk unique (event_identifier)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    constraint token_entry_pk primary key (processor_name, segment)
);

create table saga_entry (
    saga_id         varchar(255) not null,
    revision        varchar(255),
    saga_type       varchar(255),
    serialized_saga bytea,
    constraint saga_entry_pk primary key (saga_id)
);

create table association_value_entry (
    id                bigserial not null,
    association_key   varchar(255),
    association_value varchar(255),
    saga_id           varchar(255),
    saga_type         varchar(255),
    constraint association_value_entry_pk primary key (id)
);
create index association_value_entry_lookup_idx
    on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_saga_idx on association_value_entry (saga_id, saga_type);
