-- The offers the matcher can propose, with the capacity they have left (projection).
create table candidate_offer (
    offer_id      uuid    not null,
    details       jsonb   not null,
    areas         text[]  not null,
    capacity      integer not null,
    capacity_used integer not null,
    active        boolean not null,
    constraint candidate_offer_pk primary key (offer_id)
);
create index candidate_offer_areas_idx on candidate_offer using gin (areas) where active;

-- Open requests and the pairs already proposed, as the new-offer matcher keeps them.
create table matcher_open_request (
    request_id uuid  not null,
    details    jsonb not null,
    constraint matcher_open_request_pk primary key (request_id)
);
create table matcher_proposed_pair (
    request_id uuid not null,
    offer_id   uuid not null,
    constraint matcher_proposed_pair_pk primary key (request_id, offer_id)
);

-- The donors' inbox (projection).
create table proposal_inbox (
    proposal_id    uuid             not null,
    request_id     uuid             not null,
    offer_id       uuid             not null,
    provider_code  varchar(20)      not null,
    status         varchar(20)      not null,
    score          double precision not null,
    reasons        jsonb            not null,
    proposed_at    timestamptz      not null,
    expires_at     timestamptz,
    reminded_at    timestamptz,
    answered_at    timestamptz,
    decline_reason text,
    note           text,
    changed_at     timestamptz      not null,
    constraint proposal_inbox_pk primary key (proposal_id)
);
create index proposal_inbox_provider_idx on proposal_inbox (provider_code, proposed_at desc);
create table proposal_inbox_request (
    request_id          uuid        not null,
    title               text        not null,
    requesting_states   jsonb       not null,
    areas               text[]      not null,
    registered_at       timestamptz not null,
    circulated          boolean     not null default false,
    circulation_overdue boolean     not null default false,
    constraint proposal_inbox_request_pk primary key (request_id)
);
create table proposal_inbox_offer (
    offer_id uuid not null,
    title    text not null,
    constraint proposal_inbox_offer_pk primary key (offer_id)
);

-- db-scheduler's table: Axon's durable deadlines (proposal expiry, intake timeline).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    constraint scheduled_tasks_pk primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
