package com.setupflow.notification.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.notification.template.MailTemplate;
import com.setupflow.platform.web.NotFoundException;

/**
 * Records the emails owed and changes their fate outside sending. Its unique key (cause,
 * recipient, template) is what makes one cause send one email, however often the cause
 * arrives.
 */
@Repository
public class DeliveryLog {

	private static final String INSERT = "insert into delivery_log (id, correlation_id, cause_event_id,"
			+ " cause_occurred_at, template, recipient, locale, subject, text_body, html_body, status, attempts,"
			+ " next_attempt_at, last_error, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"
			+ " on conflict (cause_event_id, recipient, template) do nothing";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final DeliveryWorker worker;

	private final DeliveryQueries queries;

	DeliveryLog(JdbcClient jdbc, JdbcTemplate batches, DeliveryWorker worker, DeliveryQueries queries) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.worker = worker;
		this.queries = queries;
	}

	/**
	 * Records an email to send from {@code now}; the worker is woken once the caller's
	 * transaction commits.
	 * @return {@code false} when this cause already owed this recipient this email
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(NewDelivery delivery, Instant now) {
		boolean recorded = this.jdbc.sql(INSERT).params(row(delivery, DeliveryStatus.PENDING, now, null)).update() == 1;
		if (recorded) {
			this.worker.wakeUpAfterCommit();
		}
		return recorded;
	}

	/**
	 * {@link #enqueue} for many emails with one JDBC batch; those that will not be sent
	 * are recorded too, with why, so that the log answers "what happened to this email?"
	 * for them as well.
	 * @param toSend emails to send from {@code now}
	 * @param toSkip emails recorded as skipped, because of {@code skipReason}
	 * @return the ids of the emails recorded; any other one was owed already
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<UUID> recordAll(List<NewDelivery> toSend, List<NewDelivery> toSkip, String skipReason, Instant now) {
		List<Object[]> rows = new ArrayList<>(toSend.size() + toSkip.size());
		toSend.forEach((delivery) -> rows.add(row(delivery, DeliveryStatus.PENDING, now, null)));
		toSkip.forEach((delivery) -> rows.add(row(delivery, DeliveryStatus.SKIPPED, now, skipReason)));
		if (rows.isEmpty()) {
			return Set.of();
		}
		this.batches.batchUpdate(INSERT, rows);
		// Rewritten into multi-row inserts, a batch reports no count per row: the new
		// ids found in the table are the rows that were not owed already.
		Set<UUID> recorded = Set.copyOf(this.jdbc.sql("select id from delivery_log where id = any(?)")
			.param(rows.stream().map((row) -> row[0]).toArray(UUID[]::new))
			.query(UUID.class)
			.list());
		if (toSend.stream().anyMatch((delivery) -> recorded.contains(delivery.id()))) {
			this.worker.wakeUpAfterCommit();
		}
		return recorded;
	}

	/**
	 * Who was last sent the order's "Configure now", in which language: the person a
	 * cancellation notice goes to. An invitation the SMTP server accepted counts even
	 * before it is marked sent.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Invitation> lastInvitation(UUID orderId) {
		return this.jdbc
			.sql("select recipient, locale from delivery_log d where correlation_id = ? and template = ?"
					+ " and (status = 'SENT' or status = 'PENDING' and exists"
					+ " (select 1 from delivery_accepted a where a.delivery_id = d.id))"
					+ " order by created_at desc limit 1")
			.params(orderId, MailTemplate.CONFIGURE_NOW.id())
			.query((rs, n) -> new Invitation(rs.getString("recipient"), rs.getString("locale")))
			.optional();
	}

	/**
	 * Skips the order's invitations not sent yet (pending or failed): their link no
	 * longer works. One being sent right now is locked by the sender; this waits for it
	 * and leaves it sent. One the SMTP server accepted but not yet marked sent (its batch
	 * failed) was sent: it is left to be marked so.
	 * @return how many were withdrawn
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int withdrawUnsentInvitations(UUID orderId, String reason) {
		return this.jdbc
			.sql("update delivery_log d set status = 'SKIPPED', next_attempt_at = null, last_error = ?"
					+ " where correlation_id = ? and template = ? and status in ('PENDING', 'FAILED')"
					+ " and not exists (select 1 from delivery_accepted a where a.delivery_id = d.id)")
			.params(reason, orderId, MailTemplate.CONFIGURE_NOW.id())
			.update();
	}

	/**
	 * Puts a dead letter back in the queue with a fresh series of tries. Retrying an
	 * email already waiting changes nothing, so a client may repeat the request.
	 * @throws NotFoundException when there is no such notification
	 * @throws NotRetryableException when it was sent or deliberately skipped
	 */
	@Transactional
	public Delivery retry(UUID id, Instant now) {
		int updated = this.jdbc
			.sql("update delivery_log set status = 'PENDING', attempts = 0, next_attempt_at = ?"
					+ " where id = ? and status = 'FAILED'")
			.params(now.atOffset(ZoneOffset.UTC), id)
			.update();
		Delivery delivery = this.queries.find(id).orElseThrow(() -> new NotFoundException("Notification", id));
		if (updated == 1) {
			this.worker.wakeUpAfterCommit();
		}
		else if (delivery.status() != DeliveryStatus.PENDING) {
			throw new NotRetryableException(delivery);
		}
		return delivery;
	}

	private static Object[] row(NewDelivery delivery, DeliveryStatus status, Instant now, String lastError) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return new Object[] { delivery.id(), delivery.correlationId(), delivery.causeEventId(),
				delivery.causeOccurredAt().atOffset(ZoneOffset.UTC), delivery.template().id(), delivery.recipient(),
				delivery.locale().toLanguageTag(), delivery.mail().subject(), delivery.mail().text(),
				delivery.mail().html(), status.name(), (status == DeliveryStatus.PENDING) ? at : null, lastError, at };
	}

	/**
	 * The person an order's setup link was emailed to.
	 *
	 * @param recipient their address
	 * @param locale the language they were written in
	 */
	public record Invitation(String recipient, String locale) {
	}

}
