-- The secretariat's simple lists of requests and offers behind its pages (projections).
-- The matching database, with its filters and CSV, is a read model of its own.
create table page_request_list (
    request_id        uuid         not null,
    title             text         not null,
    requesting_states jsonb        not null,
    areas             text[]       not null,
    joint             boolean      not null,
    status            varchar(20)  not null,
    published         boolean      not null default false,
    consent           varchar(20)  not null,
    registered_at     timestamptz  not null,
    changed_at        timestamptz  not null,
    constraint page_request_list_pk primary key (request_id)
);
create table page_offer_list (
    offer_id       uuid         not null,
    title          text         not null,
    provider_type  varchar(20)  not null,
    provider_code  varchar(20)  not null,
    areas          text[]       not null,
    capacity       integer      not null,
    status         varchar(20)  not null,
    published      boolean      not null default false,
    consent        varchar(20)  not null,
    registered_at  timestamptz  not null,
    changed_at     timestamptz  not null,
    constraint page_offer_list_pk primary key (offer_id)
);
