package com.setupflow.order.progress;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.notification.NotificationFailed;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.events.provisioning.ProvisioningStarted;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.events.provisioning.SetupLinksRevoked;
import com.setupflow.order.order.Order;
import com.setupflow.order.order.OrderRepository;
import com.setupflow.order.timeline.Timeline;
import com.setupflow.platform.inbox.ProcessedEvents;

/**
 * Applies another service's report to the order it is about, once per event: the event id
 * is recorded in the transaction that applies it.
 */
@Service
class ProgressEventHandler {

	static final String CONSUMER = "order-progress";

	private static final Logger logger = LoggerFactory.getLogger(ProgressEventHandler.class);

	private final OrderRepository orders;

	private final Timeline timeline;

	private final ProcessedEvents processedEvents;

	ProgressEventHandler(OrderRepository orders, Timeline timeline, ProcessedEvents processedEvents) {
		this.orders = orders;
		this.timeline = timeline;
		this.processedEvents = processedEvents;
	}

	@Transactional
	public void handle(EventEnvelope envelope) {
		Optional<UUID> orderId = orderIdOf(envelope);
		if (orderId.isEmpty() || !this.processedEvents.firstDelivery(envelope, CONSUMER)) {
			return;
		}
		Optional<Order> order = this.orders.findLockedById(orderId.get());
		if (order.isEmpty()) {
			// A subscription's email, or an order this service never had: nothing to
			// track.
			logger.debug("{} {} is about no known order", envelope.type(), envelope.eventId());
			return;
		}
		apply(envelope, order.get());
	}

	private void apply(EventEnvelope envelope, Order order) {
		Object payload = envelope.payload();
		if (payload instanceof ProvisioningStarted started) {
			order.recordSetupStarted(started.openedAt());
			this.orders.save(order);
			record(envelope, order, "LINK_OPENED", "Setup link opened; setup started");
		}
		else if (payload instanceof SetupLinkIssued issued) {
			record(envelope, order, "LINK_ISSUED",
					"Setup link issued to " + issued.recipientEmail() + " (" + issued.reason() + ")");
		}
		else if (payload instanceof SetupLinksRevoked revoked) {
			record(envelope, order, "LINKS_REVOKED", "Setup links revoked (" + revoked.reason() + ")");
		}
		else if (payload instanceof NotificationSent sent) {
			record(envelope, order, "EMAIL_SENT", "Email '" + sent.template() + "' sent to " + sent.recipient());
		}
		else if (payload instanceof NotificationFailed failed) {
			record(envelope, order, "EMAIL_FAILED", "Email '" + failed.template() + "' to " + failed.recipient()
					+ " failed after " + failed.attempts() + " attempts: " + failed.error());
		}
	}

	private void record(EventEnvelope envelope, Order order, String kind, String detail) {
		this.timeline.record(order.id(), envelope.occurredAt(), kind, detail, envelope.eventId());
	}

	/**
	 * Provisioning events name the order; notification events carry it as correlation id.
	 */
	private static Optional<UUID> orderIdOf(EventEnvelope envelope) {
		try {
			return Optional.ofNullable(envelope.correlationId()).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
