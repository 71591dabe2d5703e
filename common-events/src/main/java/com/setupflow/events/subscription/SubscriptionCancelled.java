package com.setupflow.events.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner admin cancelled a subscription: it is inactive and archived.
 *
 * @param subscriptionId the subscription
 * @param customerOrgId the customer org it served
 * @param customerName the customer's company name
 * @param skus its products
 * @param billed whether its billing had started (billing stops now)
 * @param cancelledBy the address of the partner admin who cancelled it
 * @param cancelledAt when
 */
public record SubscriptionCancelled(UUID subscriptionId, UUID customerOrgId, String customerName, List<String> skus,
		boolean billed, String cancelledBy, Instant cancelledAt) implements SubscriptionEvent {

	public SubscriptionCancelled {
		skus = List.copyOf(skus);
	}

}
