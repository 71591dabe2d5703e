-- Orders known to be cancelled. A "Configure now" for one of them is never sent, even
-- when the cancellation arrives first: the two travel on different topics, so nothing
-- orders them.
create table cancelled_order (
    order_id       uuid        primary key,
    order_number   text        not null,
    cause_event_id uuid        not null,
    cancelled_at   timestamptz not null
);
