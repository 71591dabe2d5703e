package com.setupflow.provisioning.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.catalogue.Product;
import com.setupflow.events.DomainEvent;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.billing.BillingStarted;
import com.setupflow.events.subscription.SubscriptionCancelled;
import com.setupflow.events.subscription.UsersAdded;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.input.Issues;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.security.OrgUserDetails;
import com.setupflow.provisioning.subscription.ConnectionRules;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.SubscriptionRuleBroken;
import com.setupflow.provisioning.subscription.SubscriptionStatus;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * What the portal changes on a subscription. Each change locks the subscription, checks
 * who asks and what its state allows, and commits with its events; a refused change
 * writes nothing. Pressing a button twice finds the first press's result.
 */
@Service
public class SubscriptionChanges {

	private final SubscriptionAccess access;

	private final SubscriptionViews views;

	private final Subscriptions subscriptions;

	private final Orgs orgs;

	private final Outbox outbox;

	private final Clock clock;

	SubscriptionChanges(SubscriptionAccess access, SubscriptionViews views, Subscriptions subscriptions, Orgs orgs,
			Outbox outbox, Clock clock) {
		this.access = access;
		this.views = views;
		this.subscriptions = subscriptions;
		this.orgs = orgs;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Launch, the first time: how the service connects to the customer's mail.
	 * @throws InputRejected when no option is chosen or one is not offered
	 * @throws SubscriptionRuleBroken when it is archived or its order is still in setup
	 */
	@Transactional
	public void connect(OrgUserDetails user, UUID id, Collection<ConnectionOption> chosen) {
		Subscription subscription = this.access.lock(user, id);
		List<Product> products = this.views.productsOf(subscription);
		subscription.connect(ConnectionRules.check(chosen, SubscriptionViews.offeredConnections(products)));
		this.subscriptions.save(subscription);
	}

	/**
	 * Validates and saves the SPF record the customer publishes.
	 * @throws InputRejected when the record is malformed or lacks the product's include
	 */
	@Transactional
	public void saveSpfRecord(OrgUserDetails user, UUID id, String typed) {
		Subscription subscription = this.access.lock(user, id);
		String include = SubscriptionViews.spfIncludeOf(this.views.productsOf(subscription))
			.orElseThrow(() -> new InputRejected(
					new FieldIssue("spfRecord", "spf-product", "error.spfNotNeeded", List.of())));
		Issues issues = new Issues();
		String record = SpfRules.check(issues, typed, include);
		issues.throwIfAny();
		subscription.saveSpfRecord(record);
		this.subscriptions.save(subscription);
	}

	/**
	 * Adds users; the count only grows, so it never drops below what is in use.
	 * @throws InputRejected when the number is not a whole number from 1, or the total
	 * would pass the product's limit
	 */
	@Transactional
	public void addUsers(OrgUserDetails partnerAdmin, UUID id, String typed) {
		Subscription subscription = this.access.lockForPartner(partnerAdmin, id);
		int limit = this.views.productsOf(subscription)
			.stream()
			.mapToInt(Product::maxUsers)
			.min()
			.orElse(Integer.MAX_VALUE);
		Issues issues = new Issues();
		Integer added = UserCounts.check(issues, "users", typed, Math.max(0, limit - subscription.getUsers()));
		issues.throwIfAny();
		subscription.addUsers(added);
		this.subscriptions.save(subscription);
		Instant now = this.clock.instant();
		record(subscription, new UsersAdded(subscription.getId(), subscription.getCustomerOrgId(), added,
				subscription.getUsers(), now), now);
	}

	/**
	 * Ends the trial early: the subscription is billed from today (UTC) and never
	 * expires.
	 * @return whether this call activated it (false when it was active already)
	 * @throws SubscriptionRuleBroken when it is archived or not a trial
	 */
	@Transactional
	public boolean activate(OrgUserDetails partnerAdmin, UUID id) {
		Subscription subscription = this.access.lockForPartner(partnerAdmin, id);
		if (subscription.getStatus() == SubscriptionStatus.ACTIVE) {
			return false;
		}
		Instant now = this.clock.instant();
		subscription.activate(now, LocalDate.ofInstant(now, ZoneOffset.UTC));
		this.subscriptions.save(subscription);
		Org customer = this.orgs.findById(subscription.getCustomerOrgId()).orElseThrow();
		List<BillingStarted.BilledService> services = subscription.getItems()
			.stream()
			.map((item) -> new BillingStarted.BilledService(item.sku(), item.quantity(),
					subscription.getBillingPeriodStart()))
			.toList();
		String key = subscription.getId().toString();
		this.outbox.append(Topics.BILLING,
				EventEnvelope.wrap(
						new BillingStarted(subscription.getId(), null, null, subscription.getBilledPartnerId(),
								customer.getId(), customer.getName(), services, now),
						key, key, RequestIds.current(), now));
		return true;
	}

	/**
	 * Cancels it: archived, and its billing, if any, stops.
	 * @return whether this call cancelled it (false when it was cancelled already)
	 * @throws SubscriptionRuleBroken when it expired or its order is still in setup
	 */
	@Transactional
	public boolean cancel(OrgUserDetails partnerAdmin, UUID id) {
		Subscription subscription = this.access.lockForPartner(partnerAdmin, id);
		if (subscription.getStatus() == SubscriptionStatus.CANCELLED) {
			return false;
		}
		Instant now = this.clock.instant();
		subscription.cancel(now);
		this.subscriptions.save(subscription);
		Org customer = this.orgs.findById(subscription.getCustomerOrgId()).orElseThrow();
		record(subscription,
				new SubscriptionCancelled(subscription.getId(), customer.getId(), customer.getName(),
						subscription.getItems().stream().map(SubscriptionItem::sku).toList(), subscription.isBilled(),
						partnerAdmin.email(), now),
				now);
		return true;
	}

	/**
	 * Publishes a change; the billing system also gets its own copy when the subscription
	 * is billed, so it reads one topic.
	 */
	private void record(Subscription subscription, DomainEvent event, Instant now) {
		String key = subscription.getId().toString();
		this.outbox.append(Topics.PROVISIONING, EventEnvelope.wrap(event, key, key, RequestIds.current(), now));
		if (subscription.isBilled()) {
			this.outbox.append(Topics.BILLING, EventEnvelope.wrap(event, key, key, RequestIds.current(), now));
		}
	}

}
