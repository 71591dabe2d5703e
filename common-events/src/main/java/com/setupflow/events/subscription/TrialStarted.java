package com.setupflow.events.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription's free trial started: it is usable until {@code endsAt} and expires then
 * unless the partner activates it.
 *
 * @param subscriptionId the subscription
 * @param customerOrgId the customer org it serves
 * @param sku the catalogue SKU
 * @param startedAt when the trial started
 * @param endsAt when it ends
 */
public record TrialStarted(UUID subscriptionId, UUID customerOrgId, String sku, Instant startedAt,
		Instant endsAt) implements SubscriptionEvent {

}
