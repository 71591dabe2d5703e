package com.setupflow.events.subscription;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner admin added a customer subscription in the portal.
 *
 * @param subscriptionId the new subscription
 * @param partnerOrgId the partner org that manages it
 * @param partnerId the commerce system's id of that partner
 * @param customerOrgId the customer org it serves (new or one the partner already had)
 * @param customerName the customer's company name
 * @param sku the catalogue SKU
 * @param users the exact number of users
 * @param customerCanEdit whether the customer's admin may edit signatures
 * @param createdAt when it was added
 */
public record CustomerSubscriptionCreated(UUID subscriptionId, UUID partnerOrgId, String partnerId, UUID customerOrgId,
		String customerName, String sku, int users, boolean customerCanEdit,
		Instant createdAt) implements SubscriptionEvent {

}
