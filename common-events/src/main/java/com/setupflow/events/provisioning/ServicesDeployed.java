package com.setupflow.events.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The order's services were set up and deployed: the order is active. Billing follows as
 * {@link com.setupflow.events.billing.BillingStarted} on the billing topic.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param subscriptionId the deployed subscription
 * @param skus the deployed products
 * @param deployedAt when
 */
public record ServicesDeployed(UUID orderId, String orderNumber, UUID subscriptionId, List<String> skus,
		Instant deployedAt) implements ProvisioningEvent {

	public ServicesDeployed {
		skus = (skus != null) ? List.copyOf(skus) : List.of();
	}

}
