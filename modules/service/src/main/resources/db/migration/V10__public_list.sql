-- The public list (projection "public-list"): only what may be public is ever written here.
-- A confidential request or offer has no row at all; its row goes when it stops being public.

create table public_catalogue_entry (
    entry_id        uuid         not null,
    assistance_type varchar(40)  not null,
    title           varchar(200) not null,
    entry           jsonb        not null,
    constraint public_catalogue_entry_pk primary key (entry_id)
);

create table public_request (
    request_id uuid         not null,
    listed_at  timestamptz  not null,
    title      varchar(200) not null,
    entry      jsonb        not null,
    constraint public_request_pk primary key (request_id)
);

create table public_offer (
    offer_id  uuid         not null,
    listed_at timestamptz  not null,
    title     varchar(200) not null,
    entry     jsonb        not null,
    constraint public_offer_pk primary key (offer_id)
);
