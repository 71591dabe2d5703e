package com.setupflow.notification.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

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

	private final JdbcClient jdbc;

	private final DeliveryWorker worker;

	private final DeliveryQueries queries;

	DeliveryLog(JdbcClient jdbc, DeliveryWorker worker, DeliveryQueries queries) {
		this.jdbc = jdbc;
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
		boolean recorded = insert(delivery, DeliveryStatus.PENDING, now, null);
		if (recorded) {
			this.worker.wakeUpAfterCommit();
		}
		return recorded;
	}

	/**
	 * Records an email that will not be sent, and why, so that the log answers "what
	 * happened to this email?" for it too.
	 * @return {@code false} when this cause already owed this recipient this email
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean recordSkipped(NewDelivery delivery, Instant now, String reason) {
		return insert(delivery, DeliveryStatus.SKIPPED, now, reason);
	}

	/**
	 * Who was last sent the order's "Configure now", in which language: the person a
	 * cancellation notice goes to.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Invitation> lastInvitation(UUID orderId) {
		return this.jdbc
			.sql("select recipient, locale from delivery_log where correlation_id = ? and template = ?"
					+ " and status = 'SENT' order by created_at desc limit 1")
			.params(orderId, MailTemplate.CONFIGURE_NOW.id())
			.query((rs, n) -> new Invitation(rs.getString("recipient"), rs.getString("locale")))
			.optional();
	}

	/**
	 * Skips the order's invitations not sent yet (pending or failed): their link no
	 * longer works. One being sent right now is locked by the sender; this waits for it
	 * and leaves it sent.
	 * @return how many were withdrawn
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int withdrawUnsentInvitations(UUID orderId, String reason) {
		return this.jdbc
			.sql("update delivery_log set status = 'SKIPPED', next_attempt_at = null, last_error = ?"
					+ " where correlation_id = ? and template = ? and status in ('PENDING', 'FAILED')")
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

	private boolean insert(NewDelivery delivery, DeliveryStatus status, Instant now, String lastError) {
		return this.jdbc
			.sql("insert into delivery_log (id, correlation_id, cause_event_id, cause_occurred_at, template,"
					+ " recipient, locale, subject, text_body, html_body, status, attempts, next_attempt_at,"
					+ " last_error, created_at) values (:id, :correlationId, :causeEventId, :causeOccurredAt,"
					+ " :template, :recipient, :locale, :subject, :text, :html, :status, 0, :nextAttemptAt,"
					+ " :lastError, :now) on conflict (cause_event_id, recipient, template) do nothing")
			.param("id", delivery.id())
			.param("correlationId", delivery.correlationId())
			.param("causeEventId", delivery.causeEventId())
			.param("causeOccurredAt", delivery.causeOccurredAt().atOffset(ZoneOffset.UTC))
			.param("template", delivery.template().id())
			.param("recipient", delivery.recipient())
			.param("locale", delivery.locale().toLanguageTag())
			.param("subject", delivery.mail().subject())
			.param("text", delivery.mail().text())
			.param("html", delivery.mail().html())
			.param("status", status.name())
			.param("nextAttemptAt", (status == DeliveryStatus.PENDING) ? now.atOffset(ZoneOffset.UTC) : null)
			.param("lastError", lastError)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
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
