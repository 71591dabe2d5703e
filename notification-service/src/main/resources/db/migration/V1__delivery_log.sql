-- One row per email owed. The unique key (cause, recipient, template) is what stops a
-- redelivered event, a retry or a second instance from sending the same email twice.
create table delivery_log (
    id             uuid        primary key,
    cause_event_id uuid        not null,
    recipient      text        not null,
    template       text        not null,
    status         text        not null,
    attempts       integer     not null default 0,
    last_error     text,
    sent_at        timestamptz,
    created_at     timestamptz not null default now(),
    constraint delivery_log_once_per_cause unique (cause_event_id, recipient, template)
);

-- The retry sweep only ever looks at what is not sent yet, oldest first.
create index delivery_log_unsent on delivery_log (created_at) where status <> 'SENT';
