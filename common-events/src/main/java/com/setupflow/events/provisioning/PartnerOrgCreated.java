package com.setupflow.events.provisioning;

import java.util.UUID;

/**
 * A partner organisation was created when an order was installed.
 *
 * @param orderId the order whose installation created it
 * @param orderNumber the commerce system's order number
 * @param orgId setupflow's id of the organisation
 * @param partnerId the commerce system's id of the partner
 * @param name the organisation's name
 * @param country ISO 3166-1 alpha-2 country code
 * @param adminEmail its first partner admin
 */
public record PartnerOrgCreated(UUID orderId, String orderNumber, UUID orgId, String partnerId, String name,
		String country, String adminEmail) implements ProvisioningEvent {

}
