-- Idempotent consumers: an event id recorded here, in the transaction of its effect, is
-- never applied again by the same consumer.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
