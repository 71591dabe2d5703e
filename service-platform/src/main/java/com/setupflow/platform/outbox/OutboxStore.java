package com.setupflow.platform.outbox;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relay's reads and writes of the outbox table.
 */
class OutboxStore {

	/**
	 * Advisory lock key: one relay per database publishes at a time, which keeps order.
	 */
	private static final long RELAY_LOCK = 0x5e7f_0b0c_0001L;

	private final JdbcClient jdbc;

	OutboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the relay lock for the current transaction; false when another relay has it.
	 */
	boolean tryLeadership() {
		return this.jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK).query(Boolean.class).single();
	}

	List<PendingEvent> nextBatch(int size) {
		return this.jdbc
			.sql("select id, event_id, topic, message_key, event_type, payload from outbox_event"
					+ " where published_at is null order by id limit ?")
			.param(size)
			.query((rs, n) -> new PendingEvent(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
					rs.getString("message_key"), rs.getString("event_type"), rs.getString("payload")))
			.list();
	}

	void markPublished(List<PendingEvent> events) {
		Long[] ids = events.stream().map(PendingEvent::id).toArray(Long[]::new);
		this.jdbc.sql("update outbox_event set published_at = now() where id = any(?)").param(ids).update();
	}

	/** Deletes events published more than {@code age} ago. */
	int deletePublishedOlderThan(java.time.Duration age) {
		return this.jdbc.sql("delete from outbox_event where published_at < now() - make_interval(secs => ?)")
			.param((double) age.toSeconds())
			.update();
	}

	long countUnpublished() {
		return this.jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
	}

	record PendingEvent(long id, String eventId, String topic, String key, String type, String payload) {
	}

}
