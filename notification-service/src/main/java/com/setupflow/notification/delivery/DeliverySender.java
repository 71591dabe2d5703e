package com.setupflow.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.setupflow.notification.delivery.MailTransport.Failure;

/**
 * Sends one batch of due emails. The rows stay locked from claim to outcome, in one
 * transaction: no other sender takes them meanwhile, and their outcome commits with the
 * events that announce it.
 *
 * <p>
 * SMTP and PostgreSQL cannot commit together, so each email the server accepts is also
 * recorded at once, apart from that transaction ({@link AcceptanceJournal}). If the
 * transaction then fails (the process is killed, the database restarts), the email is not
 * claimed again but marked sent at the start of a later round, as its batch would have
 * done. What remains is the few milliseconds between the server's acceptance and that
 * record: a kill there sends the email again (see the README).
 */
@Component
class DeliverySender {

	private static final Logger logger = LoggerFactory.getLogger(DeliverySender.class);

	/**
	 * How long a batch waits for its acceptances to be recorded before it gives up (the
	 * database is unreachable): they are marked sent later.
	 */
	private static final Duration RECORD_TIMEOUT = Duration.ofSeconds(30);

	private final DueDeliveries deliveries;

	private final MailTransport transport;

	private final AcceptanceJournal journal;

	private final DeliveryOutcomes outcomes;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	DeliverySender(DueDeliveries deliveries, MailTransport transport, AcceptanceJournal journal,
			DeliveryOutcomes outcomes, PlatformTransactionManager transactionManager, Clock clock,
			MailSettings settings) {
		this.deliveries = deliveries;
		this.transport = transport;
		this.journal = journal;
		this.outcomes = outcomes;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.batchSize = settings.sender().batchSize();
	}

	/**
	 * Settles the emails accepted by the SMTP server but left pending, then sends a
	 * batch.
	 * @return how many emails were tried; a full batch means more may be due
	 */
	int sendDueBatch() {
		settleAccepted();
		Integer tried = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<OutgoingMail> due = this.deliveries.claim(now, this.batchSize, this.journal.unrecorded());
			if (due.isEmpty()) {
				return 0;
			}
			Map<UUID, Failure> failures = this.transport.send(due, now, this.journal::accepted);
			awaitRecorded(due.stream().map(OutgoingMail::id).filter((id) -> !failures.containsKey(id)).toList());
			this.outcomes.record(due, failures, this.clock.instant());
			return due.size();
		});
		return (tried != null) ? tried : 0;
	}

	/**
	 * Before the batch is marked sent, which also deletes the records: one written after
	 * that would stay behind. A few milliseconds, one group commit.
	 */
	private void awaitRecorded(List<UUID> accepted) {
		try {
			if (!this.journal.awaitRecorded(accepted, RECORD_TIMEOUT)) {
				throw new IllegalStateException("The acceptance of " + accepted.size()
						+ " emails is not recorded yet; they will be marked sent once it is");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the acceptances were being recorded", ex);
		}
	}

	/**
	 * Emails whose acceptance was recorded but whose batch's transaction failed: sent, so
	 * marked sent and announced, exactly as their batch would have.
	 */
	private void settleAccepted() {
		this.transactions.executeWithoutResult((status) -> {
			List<OutgoingMail> accepted = this.deliveries.claimAccepted(this.batchSize);
			if (!accepted.isEmpty()) {
				this.outcomes.record(accepted, Map.of(), this.clock.instant());
				logger.info("Marked {} emails sent that the SMTP server had accepted before their batch failed",
						accepted.size());
			}
		});
	}

	int batchSize() {
		return this.batchSize;
	}

}
