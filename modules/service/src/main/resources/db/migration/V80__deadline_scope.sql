-- Which deadlines each scope (an aggregate) scheduled, so that cancelling a scope's
-- deadlines deletes those rows of scheduled_tasks instead of reading every task
-- (db-scheduler cannot filter its tasks by scope: see system/IndexedDeadlineManager).
create table deadline_scope (
    deadline_name text not null,
    scope         text not null,
    schedule_id   text not null,
    constraint deadline_scope_pk primary key (deadline_name, scope, schedule_id)
);
