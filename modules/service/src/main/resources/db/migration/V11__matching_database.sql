-- The matching database (projection "matching-database"): requests, offers and the matches
-- between them, for the secretariat. Codes are text arrays; "regions" holds every UN M49
-- region the item concerns, so that one index answers a filter by continent or sub-region.
-- "search" is PostgreSQL full-text search over title and description.

create table matching_request (
    request_id          uuid         not null,
    status              varchar(20)  not null,
    published           boolean      not null,
    publication_consent varchar(20)  not null,
    requesting_states   text[]       not null,
    regions             text[]       not null,
    framework_kind      varchar(40),
    framework_name      varchar(200),
    title               varchar(200) not null,
    description         text         not null,
    areas               text[]       not null,
    weapon_categories   text[]       not null,
    assistance_types    text[]       not null,
    languages           text[]       not null,
    needed_by           date,
    registered_at       timestamptz  not null,
    last_changed_at     timestamptz  not null,
    search              tsvector generated always as
                            (to_tsvector('english', title || ' ' || description)) stored,
    constraint matching_request_pk primary key (request_id)
);
create index matching_request_search_idx on matching_request using gin (search);
create index matching_request_areas_idx on matching_request using gin (areas);
create index matching_request_regions_idx on matching_request using gin (regions);
create index matching_request_states_idx on matching_request using gin (requesting_states);

create table matching_offer (
    offer_id            uuid         not null,
    status              varchar(20)  not null,
    published           boolean      not null,
    publication_consent varchar(20)  not null,
    provider_type       varchar(20)  not null,
    provider_code       varchar(20)  not null,
    title               varchar(200) not null,
    description         text         not null,
    areas               text[]       not null,
    weapon_categories   text[]       not null,
    assistance_types    text[]       not null,
    languages           text[]       not null,
    eligible_regions    text[]       not null,
    eligible_states     text[]       not null,
    regions             text[]       not null,
    capacity            integer      not null,
    capacity_remaining  integer      not null,
    available_from      date,
    available_until     date,
    registered_at       timestamptz  not null,
    last_changed_at     timestamptz  not null,
    search              tsvector generated always as
                            (to_tsvector('english', title || ' ' || description)) stored,
    constraint matching_offer_pk primary key (offer_id)
);
create index matching_offer_search_idx on matching_offer using gin (search);
create index matching_offer_areas_idx on matching_offer using gin (areas);
create index matching_offer_regions_idx on matching_offer using gin (regions);

create table matching_match (
    proposal_id     uuid             not null,
    request_id      uuid             not null,
    offer_id        uuid             not null,
    provider_code   varchar(20)      not null,
    status          varchar(20)      not null,
    score           double precision not null,
    reasons         text[]           not null,
    proposed_at     timestamptz      not null,
    expires_at      timestamptz,
    reminded_at     timestamptz,
    answered_at     timestamptz,
    decline_reason  text,
    cancel_reason   text,
    delivered_at    timestamptz,
    closed_at       timestamptz,
    outcome         varchar(20),
    last_changed_at timestamptz      not null,
    constraint matching_match_pk primary key (proposal_id)
);
create index matching_match_request_idx on matching_match (request_id);
create index matching_match_offer_idx on matching_match (offer_id);
