package com.setupflow.events.provisioning;

import java.util.UUID;

/**
 * A customer organisation was created when an order was installed.
 *
 * @param orderId the order whose installation created it
 * @param orderNumber the commerce system's order number
 * @param orgId setupflow's id of the organisation
 * @param name the organisation's name
 * @param country ISO 3166-1 alpha-2 country code
 * @param adminEmail its customer admin
 * @param partnerOrgId the partner organisation that manages it, {@code null} when the
 * customer manages it alone
 */
public record CustomerOrgCreated(UUID orderId, String orderNumber, UUID orgId, String name, String country,
		String adminEmail, UUID partnerOrgId) implements ProvisioningEvent {

}
