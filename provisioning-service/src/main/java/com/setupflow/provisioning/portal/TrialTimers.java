package com.setupflow.provisioning.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.subscription.SubscriptionEvent;
import com.setupflow.events.subscription.TrialEndingSoon;
import com.setupflow.events.subscription.TrialExpired;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.provisioning.link.ProductNames;
import com.setupflow.provisioning.link.SetupLinkProperties;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUserRole;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * A trial's two timers, kept on the subscription row itself: the reminder before its end
 * and its expiry. Each batch claims due rows with {@code FOR UPDATE SKIP LOCKED} and
 * changes them with their events in one transaction, so any number of instances may sweep
 * at once, a crash loses nothing (the rows stay due) and nothing fires twice (a changed
 * row is no longer due).
 */
@Service
class TrialTimers {

	private final Subscriptions subscriptions;

	private final Orgs orgs;

	private final OrgUsers users;

	private final ProductNames productNames;

	private final SetupLinkProperties links;

	private final TrialSettings settings;

	private final Outbox outbox;

	private final Clock clock;

	TrialTimers(Subscriptions subscriptions, Orgs orgs, OrgUsers users, ProductNames productNames,
			SetupLinkProperties links, TrialSettings settings, Outbox outbox, Clock clock) {
		this.subscriptions = subscriptions;
		this.orgs = orgs;
		this.users = users;
		this.productNames = productNames;
		this.links = links;
		this.settings = settings;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Expires one batch of trials that have ended.
	 * @return how many expired
	 */
	@Transactional
	public int expireDue() {
		Instant now = this.clock.instant();
		List<UUID> due = this.subscriptions.lockTrialsEndingBefore(now, this.settings.batchSize());
		for (UUID id : due) {
			Subscription subscription = this.subscriptions.findById(id).orElseThrow();
			subscription.expire(now);
			this.subscriptions.save(subscription);
			Recipients recipients = recipientsOf(subscription);
			record(subscription,
					new TrialExpired(id, subscription.getCustomerOrgId(), recipients.customerName(),
							productName(subscription), now, recipients.emails(), manageUrl(id), localeOf(subscription)),
					now);
		}
		return due.size();
	}

	/**
	 * Reminds the partners of one batch of trials that end within the reminder period.
	 * Expiry runs first: a trial that has ended gets its expiry notice, not a reminder.
	 * @return how many were reminded
	 */
	@Transactional
	public int remindDue() {
		Instant now = this.clock.instant();
		List<UUID> due = this.subscriptions.lockUnremindedTrialsEndingBefore(now.plus(this.settings.reminderBefore()),
				this.settings.batchSize());
		for (UUID id : due) {
			Subscription subscription = this.subscriptions.findById(id).orElseThrow();
			subscription.remindTrialEnding(now);
			this.subscriptions.save(subscription);
			Recipients recipients = recipientsOf(subscription);
			record(subscription,
					new TrialEndingSoon(id, recipients.customerName(), productName(subscription),
							subscription.getTrialEndsAt(), recipients.emails(), manageUrl(id), localeOf(subscription)),
					now);
		}
		return due.size();
	}

	private Recipients recipientsOf(Subscription subscription) {
		String customerName = this.orgs.findById(subscription.getCustomerOrgId()).map(Org::getName).orElse(null);
		List<String> emails = (subscription.getPartnerOrgId() == null) ? List.of()
				: this.users.findByOrgIdOrderByEmail(subscription.getPartnerOrgId())
					.stream()
					.filter((user) -> user.getRole() == OrgUserRole.PARTNER_ADMIN)
					.map(OrgUser::getEmail)
					.toList();
		return new Recipients(customerName, emails);
	}

	private String productName(Subscription subscription) {
		return String.join(", ",
				subscription.getItems().stream().map(SubscriptionItem::sku).map(this.productNames::nameOf).toList());
	}

	private String manageUrl(UUID id) {
		return this.links.publicUrl("/portal/subscriptions/" + id);
	}

	private static String localeOf(Subscription subscription) {
		return (subscription.getLocale() != null) ? subscription.getLocale() : "en";
	}

	private void record(Subscription subscription, SubscriptionEvent event, Instant now) {
		String key = subscription.getId().toString();
		// Caused by time, not by a request: the subscription is the cause.
		this.outbox.append(Topics.PROVISIONING, EventEnvelope.wrap(event, key, key, key, now));
	}

	private record Recipients(String customerName, List<String> emails) {
	}

}
