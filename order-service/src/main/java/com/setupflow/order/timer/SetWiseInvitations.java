package com.setupflow.order.timer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.order.SetupDue;
import com.setupflow.order.timeline.Timeline;
import com.setupflow.platform.outbox.Outbox;

/**
 * Invites a whole batch of orders whose start date came, in a handful of statements:
 * 100,000 orders can fall due on one morning, and loading and saving each order as an
 * aggregate costs a few statements per order. The rule is the aggregate's: only a
 * RECEIVED order is invited (so a timer that fires again invites nobody twice), it
 * becomes INVITED, and it emits SetupDue, goes on its timeline and gets its stall check.
 */
@Component
class SetWiseInvitations {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final Timeline timeline;

	private final DueTimers timers;

	private final TimerSettings settings;

	SetWiseInvitations(JdbcClient jdbc, Outbox outbox, Timeline timeline, DueTimers timers, TimerSettings settings) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.timeline = timeline;
		this.timers = timers;
		this.settings = settings;
	}

	/** Invites the orders of these SETUP_DUE timers, in the caller's transaction. */
	void invite(List<DueTimer> due, Instant now) {
		if (due.isEmpty()) {
			return;
		}
		Map<UUID, DueTimer> byOrder = due.stream().collect(Collectors.toMap(DueTimer::orderId, (timer) -> timer));
		List<SetupDue> invited = this.jdbc
			.sql("update purchase_order set status = 'INVITED', invited_at = ?, updated_at = ?, version = version + 1"
					+ " where id = any(?) and status = 'RECEIVED' returning id, order_number")
			.params(Timestamp.from(now), Timestamp.from(now), byOrder.keySet().toArray(UUID[]::new))
			.query((rs, n) -> {
				UUID orderId = rs.getObject("id", UUID.class);
				return new SetupDue(orderId, rs.getString("order_number"), byOrder.get(orderId).dueAt());
			})
			.list();
		this.outbox.appendAll(Topics.ORDERS,
				invited.stream()
					.map((event) -> EventEnvelope.wrap(event, event.orderId().toString(), event.orderId().toString(),
							"timer-" + byOrder.get(event.orderId()).id(), now))
					.toList());
		this.timeline.recordAll(invited, now);
		this.timers.scheduleAll(invited.stream().map(SetupDue::orderId).toList(), TimerKind.STALL_CHECK,
				now.plus(this.settings.stallAfter()));
	}

}
