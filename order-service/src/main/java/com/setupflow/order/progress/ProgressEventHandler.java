package com.setupflow.order.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.provisioning.OrderInstalled;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.events.provisioning.ProvisioningStarted;
import com.setupflow.events.provisioning.ServicesDeployed;
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

	/**
	 * Handles a polled batch in the order given. Reports that only go on the timeline
	 * (links issued, emails sent: two per order in a morning's burst) are recorded a run
	 * at a time with two statements; a report that moves the order is applied on its own,
	 * after the run before it, so each order's reports take effect in the order they
	 * came.
	 */
	@Transactional
	public void handleAll(List<EventEnvelope> envelopes) {
		List<EventEnvelope> run = new ArrayList<>();
		for (EventEnvelope envelope : envelopes) {
			if (movesOrder(envelope.payload())) {
				recordAll(run);
				run.clear();
				handle(envelope);
			}
			else {
				run.add(envelope);
			}
		}
		recordAll(run);
	}

	/**
	 * {@link #handle} for reports that do not move the order, set-wise. Their only effect
	 * is a timeline entry keyed by the event id, so that key, not the processed-event
	 * record, makes a redelivery add nothing: one insert per report instead of two, in a
	 * burst that brings two reports per order. The order is not locked: an entry changes
	 * nothing of it, and orders are never deleted.
	 */
	private void recordAll(List<EventEnvelope> run) {
		Set<UUID> seen = new HashSet<>();
		List<Timeline.NewEntry> entries = new ArrayList<>(run.size());
		for (EventEnvelope envelope : run) {
			Optional<UUID> orderId = orderIdOf(envelope);
			// A second copy in the same run is a redelivery.
			if (orderId.isPresent() && seen.add(envelope.eventId())) {
				ProgressEntries.entryFor(envelope.payload())
					.ifPresent((entry) -> entries.add(new Timeline.NewEntry(orderId.get(), envelope.occurredAt(),
							entry.kind(), entry.detail(), envelope.eventId())));
			}
		}
		// Reports about no known order (a subscription's email) add nothing.
		this.timeline.recordAllOfKnownOrders(entries);
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
		if (changeOrder(payload, order)) {
			this.orders.save(order);
		}
		ProgressEntries.entryFor(payload)
			.ifPresent((entry) -> this.timeline.record(order.id(), envelope.occurredAt(), entry.kind(), entry.detail(),
					envelope.eventId()));
	}

	/**
	 * Applies the reports that move the order. Others only go on its timeline: saving the
	 * order for each email sent would cost an update per email in a burst.
	 * @return whether the order has to be saved
	 */
	private static boolean changeOrder(Object payload, Order order) {
		if (payload instanceof ProvisioningStarted started) {
			order.recordSetupStarted(started.openedAt());
		}
		else if (payload instanceof PartnerOrgDisputed disputed) {
			order.recordPartnerOrgDisputed(disputed.reportedAt());
		}
		else if (payload instanceof OrderInstalled installed) {
			warnIfEnded(order, "installed");
			order.recordInstalled(installed.installedAt());
		}
		else if (payload instanceof ServicesDeployed deployed) {
			warnIfEnded(order, "deployed");
			order.recordServicesDeployed(deployed.deployedAt());
		}
		else {
			return false;
		}
		return true;
	}

	/** Whether {@link #changeOrder} changes the order for this report. */
	private static boolean movesOrder(Object payload) {
		return payload instanceof ProvisioningStarted || payload instanceof PartnerOrgDisputed
				|| payload instanceof OrderInstalled || payload instanceof ServicesDeployed;
	}

	/**
	 * The order ended (cancelled, closed) while its setup went on: it stays ended, and a
	 * person has to sort out the subscription that now exists.
	 */
	private static void warnIfEnded(Order order, String what) {
		if (order.status().hasEnded()) {
			logger.warn("Order {} was reported {} but is {}; it stays so", order.orderNumber(), what, order.status());
		}
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
