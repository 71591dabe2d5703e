-- Orders are never deleted, and every writer of these tables already knows its order
-- exists: timers are written in the transaction that creates or locks the order, and
-- entries from other services' events are inserted only where the order exists. The foreign
-- keys added nothing but their checks, which lock the order's row (FOR KEY SHARE) for
-- each entry: in a morning's burst, two entries and a timer per order, while the sweep
-- updates those same rows.
alter table order_timeline drop constraint order_timeline_order_id_fkey;
alter table due_timer drop constraint due_timer_order_id_fkey;
