package com.setupflow.events.provisioning;

import java.time.Instant;
import java.util.UUID;

/**
 * The order was installed: its organisations, admin users and subscription exist. From
 * now on its deployment contact can no longer change and it is no longer closed for want
 * of setup.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param subscriptionId the subscription the order became
 * @param partnerOrgId the managing partner organisation, {@code null} when the customer
 * manages its organisation alone
 * @param customerOrgId the customer organisation
 * @param installedBy the address of the setup link that installed it
 * @param installedAt when
 */
public record OrderInstalled(UUID orderId, String orderNumber, UUID subscriptionId, UUID partnerOrgId,
		UUID customerOrgId, String installedBy, Instant installedAt) implements ProvisioningEvent {

}
