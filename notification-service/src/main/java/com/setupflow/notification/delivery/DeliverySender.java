package com.setupflow.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.setupflow.notification.delivery.MailTransport.Failure;

/**
 * Sends one batch of due emails. The rows stay locked from claim to outcome, in one
 * transaction: no other sender takes them meanwhile, and their outcome commits with the
 * events that announce it. A crash after the SMTP server accepted a batch but before the
 * commit sends that batch again (at-least-once); see the README.
 */
@Component
class DeliverySender {

	private final DueDeliveries deliveries;

	private final MailTransport transport;

	private final DeliveryOutcomes outcomes;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	DeliverySender(DueDeliveries deliveries, MailTransport transport, DeliveryOutcomes outcomes,
			PlatformTransactionManager transactionManager, Clock clock, MailSettings settings) {
		this.deliveries = deliveries;
		this.transport = transport;
		this.outcomes = outcomes;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.batchSize = settings.sender().batchSize();
	}

	/**
	 * @return how many emails were tried; a full batch means more may be due
	 */
	int sendDueBatch() {
		Integer tried = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<OutgoingMail> due = this.deliveries.claim(now, this.batchSize);
			if (due.isEmpty()) {
				return 0;
			}
			Map<UUID, Failure> failures = this.transport.send(due, now);
			this.outcomes.record(due, failures, this.clock.instant());
			return due.size();
		});
		return (tried != null) ? tried : 0;
	}

	int batchSize() {
		return this.batchSize;
	}

}
