package com.setupflow.provisioning.wizard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.catalogue.SetupStep;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.billing.BillingStarted;
import com.setupflow.events.provisioning.ServicesDeployed;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;
import com.setupflow.provisioning.casefile.CaseStatus;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.ProvisioningCases;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * "Deploy and start billing": activates the subscription and tells the billing system,
 * once. A second press (a double click, a retried request) finds the order deployed under
 * the same case lock and changes nothing.
 */
@Service
public class Deployment {

	private final SetupContexts contexts;

	private final Subscriptions subscriptions;

	private final Orgs orgs;

	private final ProvisioningCases cases;

	private final ServiceSteps steps;

	private final Outbox outbox;

	private final Clock clock;

	Deployment(SetupContexts contexts, Subscriptions subscriptions, Orgs orgs, ProvisioningCases cases,
			ServiceSteps steps, Outbox outbox, Clock clock) {
		this.contexts = contexts;
		this.subscriptions = subscriptions;
		this.orgs = orgs;
		this.cases = cases;
		this.steps = steps;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * @return whether this call deployed (false when the order was deployed already)
	 * @throws InputRejected when a service-setup step is not saved yet
	 * @throws StepConflict when the order is not installed
	 */
	@Transactional
	public boolean deploy(String token) {
		SetupContext context = this.contexts.enter(token);
		ProvisioningCase setupCase = context.setupCase();
		if (setupCase.getStatus() == CaseStatus.DEPLOYED) {
			return false;
		}
		if (setupCase.getStatus() != CaseStatus.INSTALLED) {
			throw new StepConflict("Order " + setupCase.getOrderNumber() + " is not installed yet");
		}
		Subscription subscription = this.subscriptions.findByOrderId(setupCase.getOrderId()).orElseThrow();
		Org customerOrg = this.orgs.findById(subscription.getCustomerOrgId()).orElseThrow();
		List<SetupStep> missing = this.steps.of(subscription.getItems())
			.stream()
			.filter((step) -> !ServiceSteps.isDone(step, subscription, customerOrg))
			.toList();
		if (!missing.isEmpty()) {
			throw new InputRejected(new FieldIssue("steps", "complete", "error.stepsIncomplete",
					List.of(missing.stream().map(Enum::name).toList().toString())));
		}
		Instant now = this.clock.instant();
		LocalDate periodStart = LocalDate.ofInstant(now, zoneOf(setupCase));
		subscription.deploy(now, periodStart);
		this.subscriptions.save(subscription);
		setupCase.deploy(now);
		this.cases.save(setupCase);
		record(setupCase, subscription, customerOrg, now);
		return true;
	}

	private void record(ProvisioningCase setupCase, Subscription subscription, Org customerOrg, Instant now) {
		String orderId = setupCase.getOrderId().toString();
		String causationId = RequestIds.current();
		List<String> skus = subscription.getItems().stream().map(SubscriptionItem::sku).toList();
		this.outbox.append(Topics.PROVISIONING, EventEnvelope.wrap(new ServicesDeployed(setupCase.getOrderId(),
				setupCase.getOrderNumber(), subscription.getId(), skus, now), orderId, orderId, causationId, now));
		List<BillingStarted.BilledService> services = subscription.getItems()
			.stream()
			.map((item) -> new BillingStarted.BilledService(item.sku(), item.quantity(),
					subscription.getBillingPeriodStart()))
			.toList();
		this.outbox.append(Topics.BILLING, EventEnvelope.wrap(
				new BillingStarted(subscription.getId(), setupCase.getOrderId(), setupCase.getOrderNumber(),
						subscription.getBilledPartnerId(), customerOrg.getId(), customerOrg.getName(), services, now),
				subscription.getId().toString(), orderId, causationId, now));
	}

	/** The billing period starts on the day of deployment where the order lives. */
	private static ZoneId zoneOf(ProvisioningCase setupCase) {
		try {
			return (setupCase.getTimeZone() != null) ? ZoneId.of(setupCase.getTimeZone()) : ZoneOffset.UTC;
		}
		catch (java.time.DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

}
