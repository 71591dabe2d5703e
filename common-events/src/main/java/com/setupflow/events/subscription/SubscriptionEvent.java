package com.setupflow.events.subscription;

import java.util.UUID;

import com.setupflow.events.DomainEvent;

/**
 * Events of a customer subscription, published on
 * {@link com.setupflow.events.Topics#PROVISIONING} keyed by subscription id. A change to
 * what is billed ({@link UsersAdded}, {@link SubscriptionCancelled}) of a subscription
 * whose billing has started is also published on
 * {@link com.setupflow.events.Topics#BILLING} as its own event (its own event id), so the
 * billing system reads one topic.
 */
public sealed interface SubscriptionEvent extends DomainEvent permits CustomerSubscriptionCreated, TrialStarted,
		TrialEndingSoon, TrialExpired, UsersAdded, SubscriptionCancelled {

	UUID subscriptionId();

}
