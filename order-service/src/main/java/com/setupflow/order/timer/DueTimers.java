package com.setupflow.order.timer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The due-timer table: one row per order and kind.
 */
@Component
class DueTimers {

	private static final String SCHEDULE = "insert into due_timer (order_id, kind, due_at) values (?, ?, ?)"
			+ " on conflict (order_id, kind) do update set due_at = excluded.due_at"
			+ " where due_timer.state = 'PENDING'";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	DueTimers(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Sets the timer to fire at {@code dueAt}, replacing a pending one of the same kind.
	 */
	void schedule(UUID orderId, TimerKind kind, Instant dueAt) {
		this.jdbc.sql(SCHEDULE).params(orderId, kind.name(), Timestamp.from(dueAt)).update();
	}

	/** {@link #schedule} for many orders with one JDBC batch. */
	void scheduleAll(java.util.Collection<UUID> orderIds, TimerKind kind, Instant dueAt) {
		this.batches.batchUpdate(SCHEDULE, orderIds, orderIds.size(), (statement, orderId) -> {
			statement.setObject(1, orderId);
			statement.setString(2, kind.name());
			statement.setTimestamp(3, Timestamp.from(dueAt));
		});
	}

	/** Stops every pending timer of the order. */
	void cancelPending(UUID orderId) {
		this.jdbc.sql("update due_timer set state = 'CANCELLED' where order_id = ? and state = 'PENDING'")
			.param(orderId)
			.update();
	}

	/**
	 * Claims up to {@code limit} timers due at {@code now}, oldest first. Rows another
	 * sweep (of this or another instance) holds are skipped, so each fires once.
	 */
	List<DueTimer> claimDue(Instant now, int limit) {
		return this.jdbc
			.sql("select id, order_id, kind, due_at from due_timer where state = 'PENDING' and due_at <= ?"
					+ " order by due_at limit ? for update skip locked")
			.params(Timestamp.from(now), limit)
			.query((rs, n) -> new DueTimer(rs.getLong("id"), rs.getObject("order_id", UUID.class),
					TimerKind.valueOf(rs.getString("kind")), rs.getTimestamp("due_at").toInstant()))
			.list();
	}

	void markFired(List<DueTimer> timers, Instant firedAt) {
		Long[] ids = timers.stream().map(DueTimer::id).toArray(Long[]::new);
		this.jdbc.sql("update due_timer set state = 'FIRED', fired_at = ? where id = any(?)")
			.params(Timestamp.from(firedAt), ids)
			.update();
	}

}
