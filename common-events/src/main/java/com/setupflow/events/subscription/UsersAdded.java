package com.setupflow.events.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * Users were added to a subscription: each of its services now has {@code users}
 * licences.
 *
 * @param subscriptionId the subscription
 * @param customerOrgId the customer org it serves
 * @param added how many were added
 * @param users the new number of users
 * @param addedAt when
 */
public record UsersAdded(UUID subscriptionId, UUID customerOrgId, int added, int users,
		Instant addedAt) implements SubscriptionEvent {

}
