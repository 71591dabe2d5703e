-- What each email says, rendered when its cause was consumed so that every retry sends
-- the same email, and when it is next tried. Nothing wrote to delivery_log before this
-- version, so the new columns are NOT NULL without defaults.
alter table delivery_log
    add column correlation_id    uuid        not null,
    add column locale            text        not null,
    add column subject           text        not null,
    add column text_body         text        not null,
    add column html_body         text        not null,
    add column next_attempt_at   timestamptz,
    add column cause_occurred_at timestamptz not null,
    add constraint delivery_log_status check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    add constraint delivery_log_pending_has_a_time check (status <> 'PENDING' or next_attempt_at is not null);

-- Replaced by the narrower indexes below.
drop index delivery_log_unsent;

-- The sender claims the due rows, earliest first.
create index delivery_log_due on delivery_log (next_attempt_at) where status = 'PENDING';

-- An order's emails: the API lists them, a cancellation looks up who was invited.
create index delivery_log_by_correlation on delivery_log (correlation_id, created_at);

-- The dead letters, listed on their own.
create index delivery_log_failed on delivery_log (created_at) where status = 'FAILED';
