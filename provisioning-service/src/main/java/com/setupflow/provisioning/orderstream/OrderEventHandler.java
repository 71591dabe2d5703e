package com.setupflow.provisioning.orderstream;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.MalformedEventException;
import com.setupflow.events.order.OrderEvent;
import com.setupflow.events.order.OrderPlaced;
import com.setupflow.events.order.SetupDue;
import com.setupflow.platform.inbox.ProcessedEvents;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.ProvisioningCases;

/**
 * Applies order events, each exactly once: the event id, the effect and the events it
 * causes commit in one transaction, so a redelivered event changes nothing. Runs of
 * {@code SetupDue} in a batch go to {@link SetupDueBatch}, every other event is applied
 * on its own.
 */
@Service
public class OrderEventHandler {

	/** This consumer's name in the processed-event record. */
	static final String CONSUMER = "provisioning-case";

	private static final Logger logger = LoggerFactory.getLogger(OrderEventHandler.class);

	private final ProvisioningCases cases;

	private final OrderEventEffects effects;

	private final ProcessedEvents processedEvents;

	private final Clock clock;

	private final SetupDueBatch setupDue;

	private final MeterRegistry meters;

	OrderEventHandler(ProvisioningCases cases, OrderEventEffects effects, SetupDueBatch setupDue,
			ProcessedEvents processedEvents, Clock clock, MeterRegistry meters) {
		this.cases = cases;
		this.effects = effects;
		this.setupDue = setupDue;
		this.processedEvents = processedEvents;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Applies a polled batch, in order, in one transaction. When many invitations fall
	 * due at once the batch is mostly {@code SetupDue}: consecutive ones are applied
	 * together, with a few statements for the whole run. The run is applied before any
	 * other event, so each order's events still take effect in stream order.
	 */
	@Transactional
	public void handleAll(List<EventEnvelope> envelopes) {
		List<EventEnvelope> dueRun = new ArrayList<>();
		for (EventEnvelope envelope : envelopes) {
			if (envelope.payload() instanceof SetupDue) {
				dueRun.add(envelope);
			}
			else {
				applyDue(dueRun);
				handle(envelope);
			}
		}
		applyDue(dueRun);
	}

	@Transactional
	public void handle(EventEnvelope envelope) {
		if (!(envelope.payload() instanceof OrderEvent event)) {
			// A newer producer's event type, or one meant for other consumers.
			count(envelope, Outcome.SKIPPED);
			return;
		}
		if (event.orderId() == null || event.orderNumber() == null) {
			throw new MalformedEventException("Order event " + envelope.eventId() + " names no order");
		}
		if (!this.processedEvents.firstDelivery(envelope, CONSUMER)) {
			logger.debug("Event {} was applied before; ignoring the redelivery", envelope.eventId());
			count(envelope, Outcome.REDELIVERED);
			return;
		}
		count(envelope, apply(event, envelope.eventId().toString()));
	}

	private void applyDue(List<EventEnvelope> run) {
		if (run.isEmpty()) {
			return;
		}
		List<Outcome> outcomes = this.setupDue.apply(run);
		for (int i = 0; i < run.size(); i++) {
			count(run.get(i), outcomes.get(i));
		}
		run.clear();
	}

	private Outcome apply(OrderEvent event, String causationId) {
		if (event instanceof OrderPlaced placed) {
			return open(placed);
		}
		ProvisioningCase found = this.cases.findLockedByOrderId(event.orderId()).orElse(null);
		if (found == null) {
			// Recorded as processed, not retried: an unknown order will not appear by
			// waiting, since its OrderPlaced travels on the same partition ahead of it.
			logger.warn("{} of unknown order {} ({}) ignored", event.getClass().getSimpleName(), event.orderNumber(),
					event.orderId());
			return Outcome.UNKNOWN_ORDER;
		}
		return this.effects.apply(event, found, causationId);
	}

	private Outcome open(OrderPlaced placed) {
		if (this.cases.findById(placed.orderId()).isPresent()) {
			// Same order under a new event id (a producer retry): the case already
			// exists.
			logger.info("Order {} already has a provisioning case", placed.orderNumber());
			return Outcome.IGNORED;
		}
		this.cases.save(ProvisioningCase.open(placed, this.clock.instant()));
		return Outcome.APPLIED;
	}

	private void count(EventEnvelope envelope, Outcome outcome) {
		this.meters.counter("setupflow.provisioning.order.events", "type", envelope.type(), "outcome", outcome.tag())
			.increment();
	}

}
