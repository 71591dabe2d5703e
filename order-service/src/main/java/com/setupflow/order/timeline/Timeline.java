package com.setupflow.order.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and appends timeline entries.
 */
@Component
public class Timeline {

	private static final int MAX_DETAIL = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	Timeline(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Appends an entry. With a source event id, the same event recorded twice adds one
	 * entry.
	 */
	public void record(UUID orderId, Instant occurredAt, String kind, String detail, UUID sourceEventId) {
		String clipped = clip(detail);
		this.jdbc
			.sql("insert into order_timeline (order_id, occurred_at, kind, detail, source_event_id)"
					+ " values (?, ?, ?, ?, ?) on conflict (source_event_id) do nothing")
			.params(orderId, Timestamp.from(occurredAt), kind, clipped, sourceEventId)
			.update();
	}

	/**
	 * Puts each event on its order's timeline with one JDBC batch, as the listener would
	 * one by one: for timers firing by the thousand.
	 */
	public void recordAll(java.util.List<? extends com.setupflow.events.order.OrderEvent> events, Instant occurredAt) {
		this.batches.batchUpdate("insert into order_timeline (order_id, occurred_at, kind, detail) values (?, ?, ?, ?)",
				events, events.size(), (statement, event) -> {
					OrderEventsToTimeline.Entry entry = OrderEventsToTimeline.entryFor(event);
					statement.setObject(1, event.orderId());
					statement.setTimestamp(2, Timestamp.from(occurredAt));
					statement.setString(3, entry.kind());
					statement.setString(4, entry.detail());
				});
	}

	/**
	 * {@link #record} for many entries with one statement, in the order given; entries of
	 * orders this service does not have are left out, and an entry whose source event was
	 * recorded before adds nothing.
	 */
	public void recordAllOfKnownOrders(List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("insert into order_timeline (order_id, occurred_at, kind, detail, source_event_id)"
					+ " select e.order_id, e.occurred_at, e.kind, e.detail, e.source_event_id"
					+ " from unnest(?::uuid[], ?::timestamptz[], ?::text[], ?::text[], ?::uuid[]) with ordinality"
					+ " as e(order_id, occurred_at, kind, detail, source_event_id, n)"
					+ " where exists (select 1 from purchase_order o where o.id = e.order_id)"
					+ " order by e.n on conflict (source_event_id) do nothing")
			.params(entries.stream().map(NewEntry::orderId).toArray(UUID[]::new),
					entries.stream().map((entry) -> entry.occurredAt().toString()).toArray(String[]::new),
					entries.stream().map(NewEntry::kind).toArray(String[]::new),
					entries.stream().map((entry) -> clip(entry.detail())).toArray(String[]::new),
					entries.stream().map(NewEntry::sourceEventId).toArray(UUID[]::new))
			.update();
	}

	private static String clip(String detail) {
		return (detail != null && detail.length() > MAX_DETAIL) ? detail.substring(0, MAX_DETAIL) : detail;
	}

	/** The order's entries, oldest first. */
	public List<TimelineEntry> of(UUID orderId) {
		return this.jdbc
			.sql("select occurred_at, kind, detail from order_timeline where order_id = ? order by occurred_at, id")
			.param(orderId)
			.query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
					rs.getString("detail")))
			.list();
	}

	/**
	 * The latest entry of one of these kinds for each of these orders that had one (e.g.
	 * the last email sent or failed): one query for a whole dashboard page.
	 */
	public Map<UUID, TimelineEntry> latest(Collection<UUID> orderIds, String... kinds) {
		if (orderIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, TimelineEntry> latest = new HashMap<>();
		this.jdbc
			.sql("select distinct on (order_id) order_id, occurred_at, kind, detail from order_timeline"
					+ " where order_id = any(?) and kind = any(?) order by order_id, occurred_at desc, id desc")
			.params(orderIds.toArray(UUID[]::new), kinds)
			.query((rs) -> {
				latest.put(rs.getObject("order_id", UUID.class), new TimelineEntry(
						rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"), rs.getString("detail")));
			});
		return latest;
	}

	/**
	 * An entry to append.
	 *
	 * @param orderId the order
	 * @param occurredAt when it happened
	 * @param kind what happened, such as {@code LINK_ISSUED}
	 * @param detail the words a person reads
	 * @param sourceEventId the event that reported it: recorded once
	 */
	public record NewEntry(UUID orderId, Instant occurredAt, String kind, String detail, UUID sourceEventId) {
	}

}
