package com.setupflow.notification.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.setupflow.events.order.OrderCancelled;

/**
 * The orders known to be cancelled, and the lock that keeps an order's invitation and
 * cancellation from passing each other.
 */
@Repository
class CancelledOrders {

	/** Why an invitation of a cancelled order is never sent. */
	static final String NOT_SENT_REASON = "Order cancelled before the email was sent";

	/**
	 * First key of the two-key advisory locks taken here, so they never meet other locks
	 * of the database.
	 */
	private static final int ORDER_LOCKS = 0x5e7f_0003;

	private final JdbcClient jdbc;

	CancelledOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the orders until the transaction ends. A "Configure now" and the order's
	 * cancellation arrive on different topics, so on different threads (or instances):
	 * without the lock each could miss the other's uncommitted row, and an invitation
	 * would go out for a cancelled order. A transaction takes all its orders' locks in
	 * this one call, in ascending key order (unnest keeps the array's order): two
	 * transactions locking overlapping sets then queue behind each other instead of
	 * deadlocking.
	 */
	void lockAll(Collection<UUID> orderIds) {
		Integer[] keys = orderIds.stream().map(UUID::hashCode).sorted().distinct().toArray(Integer[]::new);
		if (keys.length == 0) {
			return;
		}
		this.jdbc.sql("select pg_advisory_xact_lock(?, key) from unnest(?::int[]) as key")
			.params(ORDER_LOCKS, keys)
			.query((rs, n) -> n)
			.list();
	}

	/**
	 * @return {@code false} when the order was known to be cancelled already
	 */
	boolean remember(OrderCancelled cancelled, UUID causeEventId, Instant at) {
		return this.jdbc
			.sql("insert into cancelled_order (order_id, order_number, cause_event_id, cancelled_at)"
					+ " values (?, ?, ?, ?) on conflict do nothing")
			.params(cancelled.orderId(), cancelled.orderNumber(), causeEventId, at.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** The ones of {@code orderIds} known to be cancelled. */
	Set<UUID> cancelledAmong(Collection<UUID> orderIds) {
		return Set.copyOf(this.jdbc.sql("select order_id from cancelled_order where order_id = any(?)")
			.param(orderIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

}
