-- Events written in the same transaction as the state change that caused them; the relay
-- publishes them to Kafka in id order and stamps published_at. Rows are kept for audit
-- and replay.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    occurred_at  timestamptz not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

-- The relay only ever looks for what is still to publish.
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
