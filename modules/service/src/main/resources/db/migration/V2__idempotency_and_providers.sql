-- The first answer to a write with an Idempotency-Key, kept to answer its retries.
create table idempotency_record (
    account         varchar(200)  not null,
    idempotency_key varchar(200)  not null,
    fingerprint     char(64)      not null,
    started_at      timestamptz   not null,
    completed_at    timestamptz,
    status          integer,
    content_type    varchar(255),
    location        varchar(2048),
    body            bytea,
    constraint idempotency_record_pk primary key (account, idempotency_key)
);

-- Providers that have offered assistance (projection of offer events).
create table provider_directory (
    provider_code varchar(20) not null,
    provider_type varchar(20) not null,
    offers        integer     not null,
    constraint provider_directory_pk primary key (provider_code)
);
