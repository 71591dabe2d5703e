package com.setupflow.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sender's reads and writes of the delivery log. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several threads or instances send disjoint batches
 * and none sends a row another is sending.
 */
@Repository
class DueDeliveries {

	private final JdbcClient jdbc;

	DueDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks up to {@code limit} emails due at {@code now}, earliest first. */
	List<OutgoingMail> claim(Instant now, int limit) {
		return this.jdbc
			.sql("select id, correlation_id, cause_event_id, cause_occurred_at, template, recipient, subject,"
					+ " text_body, html_body, attempts from delivery_log"
					+ " where status = 'PENDING' and next_attempt_at <= ?"
					+ " order by next_attempt_at limit ? for update skip locked")
			.params(now.atOffset(ZoneOffset.UTC), limit)
			.query(DueDeliveries::outgoing)
			.list();
	}

	void markSent(List<UUID> ids, Instant sentAt) {
		this.jdbc
			.sql("update delivery_log set status = 'SENT', attempts = attempts + 1, sent_at = ?,"
					+ " next_attempt_at = null, last_error = null where id = any(?)")
			.params(sentAt.atOffset(ZoneOffset.UTC), ids.toArray(UUID[]::new))
			.update();
	}

	/** Records a failed try: the email waits for its next try, or is given up. */
	void markFailedAttempt(UUID id, int attempts, String error, Instant nextAttemptAt) {
		DeliveryStatus status = (nextAttemptAt != null) ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
		this.jdbc
			.sql("update delivery_log set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?"
					+ " where id = ?")
			.params(status.name(), attempts, error,
					(nextAttemptAt != null) ? nextAttemptAt.atOffset(ZoneOffset.UTC) : null, id)
			.update();
	}

	private static OutgoingMail outgoing(ResultSet rs, int row) throws SQLException {
		return new OutgoingMail(rs.getObject("id", UUID.class), rs.getObject("correlation_id", UUID.class),
				rs.getObject("cause_event_id", UUID.class),
				rs.getObject("cause_occurred_at", OffsetDateTime.class).toInstant(), rs.getString("template"),
				rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
				rs.getString("html_body"), rs.getInt("attempts"));
	}

}
