package com.setupflow.provisioning.orderstream;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.setupflow.events.MalformedEventException;
import com.setupflow.events.order.DeploymentContactChanged;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderClosed;
import com.setupflow.events.order.OrderEvent;
import com.setupflow.events.order.OrderStalled;
import com.setupflow.events.order.RequestedStartDateChanged;
import com.setupflow.events.order.SetupDue;
import com.setupflow.events.order.SetupResendRequested;
import com.setupflow.provisioning.casefile.CaseStatus;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.ProvisioningCases;
import com.setupflow.provisioning.link.IssueReason;
import com.setupflow.provisioning.link.RevokeReason;
import com.setupflow.provisioning.link.SetupLinkIssuer;

/**
 * What each order event does to an existing case, locked by the caller, and to its setup
 * links. Events for a case that is no longer open change nothing.
 */
@Component
class OrderEventEffects {

	private static final Logger logger = LoggerFactory.getLogger(OrderEventEffects.class);

	private final ProvisioningCases cases;

	private final SetupLinkIssuer links;

	private final Clock clock;

	OrderEventEffects(ProvisioningCases cases, SetupLinkIssuer links, Clock clock) {
		this.cases = cases;
		this.links = links;
		this.clock = clock;
	}

	Outcome apply(OrderEvent event, ProvisioningCase found, String causationId) {
		if (event instanceof OrderStalled) {
			// The order service alerts the account rep; nothing here changes.
			return Outcome.IGNORED;
		}
		if (!found.isOpen()) {
			logger.info("{} of {} order {} ignored", event.getClass().getSimpleName(), found.getStatus(),
					found.getOrderNumber());
			return Outcome.IGNORED;
		}
		if (found.isInstalled() && !(event instanceof SetupResendRequested)) {
			// Past the point of no return the order's contact, date and life are the
			// subscription's business; the order service refuses such changes, and one
			// that raced the installation changes nothing here.
			logger.info("{} of installed order {} ignored", event.getClass().getSimpleName(), found.getOrderNumber());
			return Outcome.IGNORED;
		}
		if (event instanceof SetupDue) {
			return setupDue(found, causationId);
		}
		if (event instanceof SetupResendRequested) {
			return resend(found, causationId);
		}
		if (event instanceof DeploymentContactChanged changed) {
			return changeContact(found, changed, causationId);
		}
		if (event instanceof RequestedStartDateChanged changed) {
			return save(found, found.changeRequestedStartDate(changed.newDate(), this.clock.instant()));
		}
		if (event instanceof OrderCancelled cancelled) {
			found.cancel(cancelled.reason(), this.clock.instant());
			return end(found, RevokeReason.ORDER_CANCELLED, causationId);
		}
		if (event instanceof OrderClosed) {
			found.close(this.clock.instant());
			return end(found, RevokeReason.ORDER_CLOSED, causationId);
		}
		throw new IllegalStateException("Unhandled order event " + event.getClass().getName());
	}

	private Outcome setupDue(ProvisioningCase found, String causationId) {
		if (this.links.hasLiveLink(found.getOrderId())) {
			// The timer fired again, or the event came back under a new id: the contact
			// already holds a working link, and a second email would only confuse.
			return Outcome.IGNORED;
		}
		if (found.getDeploymentContactEmail() == null) {
			logger.warn("Order {} has no deployment contact; no setup link issued", found.getOrderNumber());
			return Outcome.IGNORED;
		}
		this.links.issue(found, IssueReason.SETUP_DUE, causationId);
		return Outcome.APPLIED;
	}

	private Outcome resend(ProvisioningCase found, String causationId) {
		if (found.getStatus() == CaseStatus.DEPLOYED) {
			// Nothing is left to set up: a link would only show the result.
			return Outcome.IGNORED;
		}
		if (found.getSetupHolderEmail() == null) {
			logger.warn("Order {} has no deployment contact; no setup link resent", found.getOrderNumber());
			return Outcome.IGNORED;
		}
		this.links.reissue(found, IssueReason.RESENT, causationId);
		return Outcome.APPLIED;
	}

	private Outcome changeContact(ProvisioningCase found, DeploymentContactChanged changed, String causationId) {
		if (changed.newEmail() == null) {
			throw new MalformedEventException("Contact change of order " + changed.orderNumber() + " names no contact");
		}
		if (!found.changeDeploymentContact(changed.newEmail(), this.clock.instant())) {
			return Outcome.IGNORED;
		}
		this.cases.save(found);
		// Before the setup fell due the new contact simply gets the first link.
		if (this.links.hasIssued(found.getOrderId())) {
			this.links.reissue(found, IssueReason.CONTACT_CHANGED, causationId);
		}
		return Outcome.APPLIED;
	}

	private Outcome end(ProvisioningCase found, RevokeReason reason, String causationId) {
		this.cases.save(found);
		this.links.revokeAll(found, reason, causationId);
		return Outcome.APPLIED;
	}

	private Outcome save(ProvisioningCase found, boolean changed) {
		if (changed) {
			this.cases.save(found);
			return Outcome.APPLIED;
		}
		return Outcome.IGNORED;
	}

}
