-- Milestones of the order's life, for the dashboard and the timeline.
alter table purchase_order
    add column invited_at        timestamptz,
    add column setup_started_at  timestamptz,
    add column stalled_at        timestamptz,
    add column closed_at         timestamptz;

create index purchase_order_stalled on purchase_order (account_rep_email, stalled_at) where status = 'STALLED';

-- Timers live with the state they guard: one row per order and kind, swept every second by
-- a clustered Quartz job that claims due rows with FOR UPDATE SKIP LOCKED. A burst of
-- 100,000 orders due at once is a few hundred batched transactions, not 100,000 triggers.
create table due_timer (
    id       bigserial primary key,
    order_id uuid        not null references purchase_order (id),
    kind     varchar(16) not null,
    due_at   timestamptz not null,
    state    varchar(16) not null default 'PENDING',
    fired_at timestamptz,
    unique (order_id, kind)
);

create index due_timer_pending on due_timer (due_at) where state = 'PENDING';

-- What happened to an order, in order. Entries caused by another service's event carry
-- that event's id, so a redelivery adds nothing.
create table order_timeline (
    id              bigserial primary key,
    order_id        uuid         not null references purchase_order (id),
    occurred_at     timestamptz  not null,
    kind            varchar(32)  not null,
    detail          varchar(1000),
    source_event_id uuid unique
);

create index order_timeline_order on order_timeline (order_id, occurred_at, id);
