package com.setupflow.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
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

	private static final String COLUMNS = "d.id, d.correlation_id, d.cause_event_id, d.cause_occurred_at, d.template,"
			+ " d.recipient, d.subject, d.text_body, d.html_body, d.attempts";

	private final JdbcClient jdbc;

	DueDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks up to {@code limit} emails due at {@code now}, earliest first. An email the
	 * SMTP server accepted is never claimed again, whether its acceptance is recorded
	 * ({@code delivery_accepted}) or still on its way there ({@code unrecorded}): it
	 * waits for {@link #claimAccepted}.
	 */
	List<OutgoingMail> claim(Instant now, int limit, Collection<UUID> unrecorded) {
		return this.jdbc
			.sql("select " + COLUMNS + " from delivery_log d" + " where status = 'PENDING' and next_attempt_at <= ?"
					+ " and not exists (select 1 from delivery_accepted a where a.delivery_id = d.id)"
					+ " and not (id = any(?)) order by next_attempt_at limit ? for update skip locked")
			.params(now.atOffset(ZoneOffset.UTC), unrecorded.toArray(UUID[]::new), limit)
			.query(DueDeliveries::outgoing)
			.list();
	}

	/**
	 * Locks up to {@code limit} emails the SMTP server accepted but that are still
	 * pending: the transaction of their batch failed after the acceptance was recorded.
	 * Those of a batch still in flight are locked by its sender, and skipped.
	 *
	 * <p>
	 * Looked up from the journal, which holds a handful of rows, rather than joined with
	 * it: the join, run before every batch, took 1.5 ms to find nothing while tens of
	 * thousands of emails were pending (pg_stat_statements, a burst of 30,000).
	 */
	List<OutgoingMail> claimAccepted(int limit) {
		UUID[] accepted = this.jdbc.sql("select delivery_id from delivery_accepted")
			.query(UUID.class)
			.list()
			.toArray(UUID[]::new);
		if (accepted.length == 0) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from delivery_log d where d.id = any(?) and d.status = 'PENDING'"
					+ " order by d.next_attempt_at limit ? for update skip locked")
			.params(accepted, limit)
			.query(DueDeliveries::outgoing)
			.list();
	}

	/**
	 * Marks the emails sent, and forgets their recorded acceptances: from now on the
	 * status says it.
	 */
	void markSent(List<UUID> ids, Instant sentAt) {
		UUID[] array = ids.toArray(UUID[]::new);
		this.jdbc
			.sql("with forgotten as (delete from delivery_accepted where delivery_id = any(?))"
					+ " update delivery_log set status = 'SENT', attempts = attempts + 1, sent_at = ?,"
					+ " next_attempt_at = null, last_error = null where id = any(?)")
			.params(array, sentAt.atOffset(ZoneOffset.UTC), array)
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
