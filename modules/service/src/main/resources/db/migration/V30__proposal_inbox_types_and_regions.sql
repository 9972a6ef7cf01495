-- The matching-strategy review counts proposals by assistance type and by the UN M49
-- region (level one, e.g. 002 Africa) of the requesting States as well as by area.
-- Rows written before this migration have empty lists until the proposal-inbox
-- projection is replayed.
alter table proposal_inbox_request add column assistance_types text[] not null default '{}';
alter table proposal_inbox_request add column regions text[] not null default '{}';
