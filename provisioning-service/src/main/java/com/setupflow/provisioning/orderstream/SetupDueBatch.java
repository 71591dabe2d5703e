package com.setupflow.provisioning.orderstream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.MalformedEventException;
import com.setupflow.events.order.SetupDue;
import com.setupflow.platform.inbox.ProcessedEvents;
import com.setupflow.provisioning.casefile.LockedCases;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.link.IssueReason;
import com.setupflow.provisioning.link.SetupLinkBatch;

/**
 * Applies a run of {@code SetupDue} events set-wise: a burst of 100,000 invitations due
 * at one instant cannot afford the eight round trips per event of the one-by-one path.
 * About five statements per run, whatever its length, with the outcome for each event
 * that applying them one by one would give: redeliveries change nothing, each open case
 * without a live link gets one link (the first event of an order wins), cancelled, closed
 * and unknown orders get none.
 */
@Component
class SetupDueBatch {

	private static final Logger logger = LoggerFactory.getLogger(SetupDueBatch.class);

	private final ProcessedEvents processedEvents;

	private final LockedCases cases;

	private final SetupLinkBatch links;

	SetupDueBatch(ProcessedEvents processedEvents, LockedCases cases, SetupLinkBatch links) {
		this.processedEvents = processedEvents;
		this.cases = cases;
		this.links = links;
	}

	/**
	 * Applies the run in the caller's transaction.
	 * @param run envelopes whose payload is {@link SetupDue}, in stream order
	 * @return the outcome of each envelope, in run order
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Outcome> apply(List<EventEnvelope> run) {
		run.forEach(SetupDueBatch::requireOrder);
		Set<UUID> firstDeliveries = this.processedEvents.firstDeliveries(run, OrderEventHandler.CONSUMER);
		Set<UUID> orderIds = new LinkedHashSet<>();
		run.stream().filter((envelope) -> firstDeliveries.contains(envelope.eventId())).forEach((envelope) -> {
			orderIds.add(due(envelope).orderId());
		});
		Map<UUID, ProvisioningCase> locked = this.cases.lockAll(orderIds);
		// Grows as links are planned, so a second SetupDue of an order in this run finds
		// the link the first one issues, as it would one by one.
		Set<UUID> withLiveLink = new HashSet<>(this.links.withLiveLink(locked.keySet()));
		Set<UUID> applied = new HashSet<>();
		List<SetupLinkBatch.Request> requests = new ArrayList<>();
		List<Outcome> outcomes = new ArrayList<>(run.size());
		for (EventEnvelope envelope : run) {
			if (!firstDeliveries.contains(envelope.eventId()) || !applied.add(envelope.eventId())) {
				// Applied before, or a second copy of the same event in this run.
				logger.debug("Event {} was applied before; ignoring the redelivery", envelope.eventId());
				outcomes.add(Outcome.REDELIVERED);
				continue;
			}
			SetupDue event = due(envelope);
			ProvisioningCase found = locked.get(event.orderId());
			Outcome outcome = decide(event, found, withLiveLink);
			if (outcome == Outcome.APPLIED) {
				withLiveLink.add(found.getOrderId());
				requests.add(new SetupLinkBatch.Request(found, envelope.eventId().toString()));
			}
			outcomes.add(outcome);
		}
		this.links.issueAll(requests, IssueReason.SETUP_DUE);
		logger.debug("A run of {} SetupDue issued {} setup links", run.size(), requests.size());
		return outcomes;
	}

	/** Whether the event earns a link: the checks and logs of the one-by-one path. */
	private static Outcome decide(SetupDue event, ProvisioningCase found, Set<UUID> withLiveLink) {
		if (found == null) {
			logger.warn("SetupDue of unknown order {} ({}) ignored", event.orderNumber(), event.orderId());
			return Outcome.UNKNOWN_ORDER;
		}
		if (!found.isOpen()) {
			logger.info("SetupDue of {} order {} ignored", found.getStatus(), found.getOrderNumber());
			return Outcome.IGNORED;
		}
		if (withLiveLink.contains(found.getOrderId())) {
			// The timer fired again, or the event came back under a new id.
			return Outcome.IGNORED;
		}
		if (found.getDeploymentContactEmail() == null) {
			logger.warn("Order {} has no deployment contact; no setup link issued", found.getOrderNumber());
			return Outcome.IGNORED;
		}
		return Outcome.APPLIED;
	}

	private static void requireOrder(EventEnvelope envelope) {
		SetupDue event = due(envelope);
		if (event.orderId() == null || event.orderNumber() == null) {
			throw new MalformedEventException("Order event " + envelope.eventId() + " names no order");
		}
	}

	private static SetupDue due(EventEnvelope envelope) {
		return envelope.payloadAs(SetupDue.class);
	}

}
