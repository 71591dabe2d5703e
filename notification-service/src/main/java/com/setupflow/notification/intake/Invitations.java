package com.setupflow.notification.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.notification.delivery.DeliveryLog;
import com.setupflow.notification.delivery.NewDelivery;

/**
 * Records the "Configure now" of a run of {@code SetupLinkIssued} events set-wise: a few
 * statements for the whole run, where one event at a time cost four round trips each and
 * held a morning's burst to about 150 emails a second. Each event ends as it would have
 * alone: queued, skipped because its order is cancelled, or a duplicate of an email owed
 * already.
 */
@Component
class Invitations {

	private static final Logger logger = LoggerFactory.getLogger(Invitations.class);

	private final CancelledOrders cancelledOrders;

	private final OrderEmails emails;

	private final DeliveryLog deliveryLog;

	private final ParallelRendering rendering;

	private final Clock clock;

	Invitations(CancelledOrders cancelledOrders, OrderEmails emails, DeliveryLog deliveryLog,
			ParallelRendering rendering, Clock clock) {
		this.cancelledOrders = cancelledOrders;
		this.emails = emails;
		this.deliveryLog = deliveryLog;
		this.rendering = rendering;
		this.clock = clock;
	}

	/**
	 * Records the run's emails in the caller's transaction, which holds the orders' locks
	 * ({@link CancelledOrders#lockAll}).
	 * @param run events applied for the first time, each once
	 * @return each event's outcome, in run order
	 */
	Map<EventEnvelope, String> invite(List<EventEnvelope> run) {
		List<SetupLinkIssued> issued = run.stream()
			.map((envelope) -> EventChecks.checked((SetupLinkIssued) envelope.payload()))
			.toList();
		// The orders are locked: a cancellation either committed before and is seen
		// here, or waits for this transaction and then withdraws what it records.
		Set<UUID> cancelled = this.cancelledOrders
			.cancelledAmong(issued.stream().map(SetupLinkIssued::orderId).collect(Collectors.toSet()));
		List<NewDelivery> invitations = this.rendering.renderAll(run.size(),
				(i) -> this.emails.configureNow(run.get(i), issued.get(i)));
		List<NewDelivery> toSend = new ArrayList<>(run.size());
		List<NewDelivery> toSkip = new ArrayList<>();
		for (int i = 0; i < run.size(); i++) {
			NewDelivery invitation = invitations.get(i);
			if (cancelled.contains(invitation.correlationId())) {
				logger.info("Order {} is cancelled; its setup email to {} is skipped", issued.get(i).orderNumber(),
						issued.get(i).recipientEmail());
				toSkip.add(invitation);
			}
			else {
				toSend.add(invitation);
			}
		}
		Set<UUID> recorded = this.deliveryLog.recordAll(toSend, toSkip, CancelledOrders.NOT_SENT_REASON,
				this.clock.instant());
		Map<EventEnvelope, String> outcomes = new LinkedHashMap<>();
		for (int i = 0; i < run.size(); i++) {
			NewDelivery invitation = invitations.get(i);
			outcomes.put(run.get(i), cancelled.contains(invitation.correlationId()) ? "skipped"
					: recorded.contains(invitation.id()) ? "queued" : "duplicate");
		}
		return outcomes;
	}

}
