package com.setupflow.provisioning.casefile;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.MalformedEventException;
import com.setupflow.events.order.DeploymentContactChanged;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderEvent;
import com.setupflow.events.order.OrderPlaced;
import com.setupflow.platform.inbox.ProcessedEvents;

/**
 * Applies order events to provisioning cases, each exactly once: the event id is recorded
 * in the transaction that applies it, so a redelivered event changes nothing.
 */
@Service
public class OrderEventHandler {

	/** This consumer's name in the processed-event record. */
	static final String CONSUMER = "provisioning-case";

	private static final Logger logger = LoggerFactory.getLogger(OrderEventHandler.class);

	private final ProvisioningCases cases;

	private final ProcessedEvents processedEvents;

	private final Clock clock;

	private final MeterRegistry meters;

	OrderEventHandler(ProvisioningCases cases, ProcessedEvents processedEvents, Clock clock, MeterRegistry meters) {
		this.cases = cases;
		this.processedEvents = processedEvents;
		this.clock = clock;
		this.meters = meters;
	}

	@Transactional
	public void handle(EventEnvelope envelope) {
		if (!(envelope.payload() instanceof OrderEvent event)) {
			// A newer producer's event type, or one meant for other consumers.
			count(envelope, "skipped");
			return;
		}
		if (event.orderId() == null || event.orderNumber() == null) {
			throw new MalformedEventException("Order event " + envelope.eventId() + " names no order");
		}
		if (!this.processedEvents.firstDelivery(envelope, CONSUMER)) {
			logger.debug("Event {} was applied before; ignoring the redelivery", envelope.eventId());
			count(envelope, "redelivered");
			return;
		}
		count(envelope, apply(event));
	}

	private String apply(OrderEvent event) {
		if (event instanceof OrderPlaced placed) {
			return open(placed);
		}
		if (event instanceof OrderCancelled cancelled) {
			return cancel(cancelled);
		}
		if (event instanceof DeploymentContactChanged changed) {
			return changeContact(changed);
		}
		throw new IllegalStateException("Unhandled order event " + event.getClass().getName());
	}

	private String open(OrderPlaced placed) {
		if (this.cases.findById(placed.orderId()).isPresent()) {
			// Same order under a new event id (a producer retry): the case already
			// exists.
			logger.info("Order {} already has a provisioning case", placed.orderNumber());
			return "ignored";
		}
		this.cases.save(ProvisioningCase.open(placed, this.clock.instant()));
		return "applied";
	}

	private String cancel(OrderCancelled cancelled) {
		ProvisioningCase found = this.cases.findById(cancelled.orderId()).orElse(null);
		if (found == null) {
			// Recorded as processed, not retried: an unknown order will not appear by
			// waiting,
			// since its OrderPlaced travels on the same partition ahead of the
			// cancellation.
			logger.warn("Cancellation of unknown order {} ({}) ignored", cancelled.orderNumber(), cancelled.orderId());
			return "unknown-order";
		}
		if (found.cancel(cancelled.reason(), this.clock.instant())) {
			this.cases.save(found);
			return "applied";
		}
		return "ignored";
	}

	private String changeContact(DeploymentContactChanged changed) {
		ProvisioningCase found = this.cases.findById(changed.orderId()).orElse(null);
		if (found == null) {
			logger.warn("Contact change of unknown order {} ({}) ignored", changed.orderNumber(), changed.orderId());
			return "unknown-order";
		}
		if (found.isCancelled()) {
			logger.info("Contact change of cancelled order {} ignored", changed.orderNumber());
			return "ignored";
		}
		if (found.changeDeploymentContact(changed.newEmail(), this.clock.instant())) {
			this.cases.save(found);
			return "applied";
		}
		return "ignored";
	}

	private void count(EventEnvelope envelope, String outcome) {
		this.meters.counter("setupflow.provisioning.order.events", "type", envelope.type(), "outcome", outcome)
			.increment();
	}

}
