-- Each email the SMTP server accepted, recorded within milliseconds of its acceptance and
-- apart from the transaction that marks its batch SENT. If that transaction fails (the
-- service is killed, PostgreSQL restarts), the email is not sent again: the sender skips
-- it and marks it SENT later, and the row is deleted with that mark. So the table holds
-- only the emails of batches in flight or failed, a handful of rows.
--
-- No foreign key to delivery_log on purpose: checking it would lock the delivery row,
-- which the sending transaction holds while it waits for this record.
create table delivery_accepted (
    delivery_id uuid        primary key,
    recorded_at timestamptz not null default now()
);
