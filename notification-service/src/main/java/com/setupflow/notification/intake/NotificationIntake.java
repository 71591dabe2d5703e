package com.setupflow.notification.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderStalled;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.notification.delivery.DeliveryLog;
import com.setupflow.notification.delivery.DeliveryLog.Invitation;
import com.setupflow.notification.delivery.NewDelivery;
import com.setupflow.platform.inbox.ProcessedEvents;

/**
 * Records the email each event owes, exactly once per event: the event id is recorded in
 * the transaction that writes the delivery-log row, so a redelivered event changes
 * nothing. Events that owe no email, and types this build does not know, are skipped.
 */
@Service
public class NotificationIntake {

	/** This consumer's name in the processed-event record. */
	private static final String CONSUMER = "notification-intake";

	private static final String CANCELLED_BEFORE_SENDING = "Order cancelled before the email was sent";

	private static final Logger logger = LoggerFactory.getLogger(NotificationIntake.class);

	private final ProcessedEvents processedEvents;

	private final DeliveryLog deliveryLog;

	private final CancelledOrders cancelledOrders;

	private final OrderEmails emails;

	private final Clock clock;

	private final MeterRegistry meters;

	NotificationIntake(ProcessedEvents processedEvents, DeliveryLog deliveryLog, CancelledOrders cancelledOrders,
			OrderEmails emails, Clock clock, MeterRegistry meters) {
		this.processedEvents = processedEvents;
		this.deliveryLog = deliveryLog;
		this.cancelledOrders = cancelledOrders;
		this.emails = emails;
		this.clock = clock;
		this.meters = meters;
	}

	/** Handles one event, in the caller's transaction (a batch's) or its own. */
	@Transactional
	public void handle(EventEnvelope envelope) {
		Object event = envelope.payload();
		if (!(event instanceof SetupLinkIssued || event instanceof OrderStalled || event instanceof OrderCancelled)) {
			return;
		}
		if (!this.processedEvents.firstDelivery(envelope, CONSUMER)) {
			logger.debug("Event {} was handled before; ignoring the redelivery", envelope.eventId());
			count(envelope, "redelivered");
			return;
		}
		String outcome;
		if (event instanceof SetupLinkIssued issued) {
			outcome = invite(envelope, EventChecks.checked(issued));
		}
		else if (event instanceof OrderStalled stalled) {
			outcome = alert(envelope, EventChecks.checked(stalled));
		}
		else {
			outcome = cancel(envelope, EventChecks.checked((OrderCancelled) event));
		}
		count(envelope, outcome);
	}

	private String invite(EventEnvelope envelope, SetupLinkIssued issued) {
		this.cancelledOrders.lock(issued.orderId());
		NewDelivery invitation = this.emails.configureNow(envelope, issued);
		Instant now = this.clock.instant();
		if (this.cancelledOrders.isCancelled(issued.orderId())) {
			logger.info("Order {} is cancelled; its setup email to {} is skipped", issued.orderNumber(),
					issued.recipientEmail());
			this.deliveryLog.recordSkipped(invitation, now, CANCELLED_BEFORE_SENDING);
			return "skipped";
		}
		return queued(this.deliveryLog.enqueue(invitation, now));
	}

	private String alert(EventEnvelope envelope, OrderStalled stalled) {
		return queued(this.deliveryLog.enqueue(this.emails.orderStalled(envelope, stalled), this.clock.instant()));
	}

	/**
	 * Withdraws invitations not sent yet and tells the invited contact, once per order: a
	 * second cancellation of the same order owes nobody a second notice.
	 */
	private String cancel(EventEnvelope envelope, OrderCancelled cancelled) {
		this.cancelledOrders.lock(cancelled.orderId());
		Instant now = this.clock.instant();
		if (!this.cancelledOrders.remember(cancelled, envelope.eventId(), now)) {
			return "duplicate";
		}
		this.deliveryLog.withdrawUnsentInvitations(cancelled.orderId(), CANCELLED_BEFORE_SENDING);
		Optional<Invitation> invited = this.deliveryLog.lastInvitation(cancelled.orderId());
		if (invited.isEmpty()) {
			return "nobody-invited";
		}
		return queued(this.deliveryLog.enqueue(this.emails.orderCancelled(envelope, cancelled, invited.get()), now));
	}

	private static String queued(boolean recorded) {
		return recorded ? "queued" : "duplicate";
	}

	private void count(EventEnvelope envelope, String outcome) {
		this.meters.counter("setupflow.notifications.events", "type", envelope.type(), "outcome", outcome).increment();
	}

}
