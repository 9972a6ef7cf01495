-- Which joint request serves an original request (RequestJoinedToJointRequest), a projection
-- of the regional-opportunities report: an original served by an open joint request is not
-- reported again.
create table joint_request_link (
    original_request_id uuid        not null,
    joint_request_id    uuid        not null,
    joined_at           timestamptz not null,
    constraint joint_request_link_pk primary key (original_request_id)
);
create index joint_request_link_joint on joint_request_link (joint_request_id);
