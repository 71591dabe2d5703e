package com.setupflow.notification.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderStalled;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.events.subscription.TrialEndingSoon;
import com.setupflow.events.subscription.TrialExpired;
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

	private static final Logger logger = LoggerFactory.getLogger(NotificationIntake.class);

	private final ProcessedEvents processedEvents;

	private final Invitations invitations;

	private final DeliveryLog deliveryLog;

	private final CancelledOrders cancelledOrders;

	private final OrderEmails emails;

	private final PortalEmails portalEmails;

	private final Clock clock;

	private final MeterRegistry meters;

	NotificationIntake(ProcessedEvents processedEvents, Invitations invitations, DeliveryLog deliveryLog,
			CancelledOrders cancelledOrders, OrderEmails emails, PortalEmails portalEmails, Clock clock,
			MeterRegistry meters) {
		this.processedEvents = processedEvents;
		this.invitations = invitations;
		this.deliveryLog = deliveryLog;
		this.cancelledOrders = cancelledOrders;
		this.emails = emails;
		this.portalEmails = portalEmails;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Handles events in the order given, in the caller's transaction (a batch's) or its
	 * own. Consecutive {@code SetupLinkIssued} are handled together, set-wise; any other
	 * event that owes an email is handled on its own after the run before it finished, so
	 * each order's events take effect in the order they came. Events that owe nothing
	 * change nothing, so they do not break a run.
	 */
	@Transactional
	public void handleAll(List<EventEnvelope> envelopes) {
		// Once, for the whole batch and before anything else: locks taken a run or a
		// cancellation at a time could deadlock with the other topic's thread.
		this.cancelledOrders.lockAll(lockedOrders(envelopes));
		List<EventEnvelope> run = new ArrayList<>();
		for (EventEnvelope envelope : envelopes) {
			Object event = envelope.payload();
			if (event instanceof SetupLinkIssued) {
				run.add(envelope);
			}
			else if (event instanceof OrderStalled || event instanceof OrderCancelled
					|| event instanceof PartnerOrgDisputed || event instanceof OrgUserInvited
					|| event instanceof TrialEndingSoon || event instanceof TrialExpired) {
				inviteAll(run);
				run.clear();
				handle(envelope);
			}
		}
		inviteAll(run);
	}

	/**
	 * The orders whose invitation and cancellation must not pass each other; an event
	 * without an order fails its checks later.
	 */
	private static Set<UUID> lockedOrders(List<EventEnvelope> envelopes) {
		Set<UUID> orderIds = new HashSet<>();
		for (EventEnvelope envelope : envelopes) {
			Object event = envelope.payload();
			UUID orderId = (event instanceof SetupLinkIssued issued) ? issued.orderId()
					: (event instanceof OrderCancelled cancelled) ? cancelled.orderId() : null;
			if (orderId != null) {
				orderIds.add(orderId);
			}
		}
		return orderIds;
	}

	private void inviteAll(List<EventEnvelope> run) {
		if (run.isEmpty()) {
			return;
		}
		Set<UUID> firstTime = new HashSet<>(this.processedEvents.firstDeliveries(run, CONSUMER));
		List<EventEnvelope> fresh = new ArrayList<>(run.size());
		for (EventEnvelope envelope : run) {
			// Taken once: a second copy in the same run is a redelivery.
			if (firstTime.remove(envelope.eventId())) {
				fresh.add(envelope);
			}
			else {
				redelivered(envelope);
			}
		}
		if (!fresh.isEmpty()) {
			this.invitations.invite(fresh).forEach(this::count);
		}
	}

	private void handle(EventEnvelope envelope) {
		if (!this.processedEvents.firstDelivery(envelope, CONSUMER)) {
			redelivered(envelope);
			return;
		}
		Object event = envelope.payload();
		String outcome;
		if (event instanceof OrderStalled stalled) {
			outcome = alert(this.emails.orderStalled(envelope, EventChecks.checked(stalled)));
		}
		else if (event instanceof PartnerOrgDisputed disputed) {
			outcome = alert(this.emails.partnerOrgDisputed(envelope, EventChecks.checked(disputed)));
		}
		else if (event instanceof OrgUserInvited invited) {
			outcome = alert(this.portalEmails.orgUserInvited(envelope, EventChecks.checked(invited)));
		}
		else if (event instanceof TrialEndingSoon ending) {
			outcome = alertAll(this.portalEmails.trialEndingSoon(envelope, EventChecks.checked(ending)));
		}
		else if (event instanceof TrialExpired expired) {
			outcome = alertAll(this.portalEmails.trialExpired(envelope, EventChecks.checked(expired)));
		}
		else {
			outcome = cancel(envelope, EventChecks.checked((OrderCancelled) event));
		}
		count(envelope, outcome);
	}

	private String alert(NewDelivery alert) {
		return queued(this.deliveryLog.enqueue(alert, this.clock.instant()));
	}

	/**
	 * Records an email to each of several recipients with one JDBC batch; a recipient
	 * this cause already owed it (a replay) gets nothing more.
	 */
	private String alertAll(List<NewDelivery> alerts) {
		return queued(!this.deliveryLog.recordAll(alerts, List.of(), null, this.clock.instant()).isEmpty());
	}

	/**
	 * Withdraws invitations not sent yet and tells the invited contact, once per order: a
	 * second cancellation of the same order owes nobody a second notice.
	 */
	private String cancel(EventEnvelope envelope, OrderCancelled cancelled) {
		Instant now = this.clock.instant();
		if (!this.cancelledOrders.remember(cancelled, envelope.eventId(), now)) {
			return "duplicate";
		}
		this.deliveryLog.withdrawUnsentInvitations(cancelled.orderId(), CancelledOrders.NOT_SENT_REASON);
		Optional<Invitation> invited = this.deliveryLog.lastInvitation(cancelled.orderId());
		if (invited.isEmpty()) {
			return "nobody-invited";
		}
		return queued(this.deliveryLog.enqueue(this.emails.orderCancelled(envelope, cancelled, invited.get()), now));
	}

	private static String queued(boolean recorded) {
		return recorded ? "queued" : "duplicate";
	}

	private void redelivered(EventEnvelope envelope) {
		logger.debug("Event {} was handled before; ignoring the redelivery", envelope.eventId());
		count(envelope, "redelivered");
	}

	private void count(EventEnvelope envelope, String outcome) {
		this.meters.counter("setupflow.notifications.events", "type", envelope.type(), "outcome", outcome).increment();
	}

}
