package com.setupflow.events.provisioning;

import java.time.Instant;
import java.util.UUID;

/**
 * The person setting up an order did not recognise the partner organisation on record for
 * it. The wizard stopped there and created nothing; the account rep is alerted to sort it
 * out with the partner.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param partnerOrgId the organisation shown
 * @param partnerOrgName its name
 * @param reportedBy the address of the setup link that reported it
 * @param accountRepEmail who is alerted
 * @param locale language of the alert ({@code en}, {@code fr})
 * @param reportedAt when
 */
public record PartnerOrgDisputed(UUID orderId, String orderNumber, UUID partnerOrgId, String partnerOrgName,
		String reportedBy, String accountRepEmail, String locale, Instant reportedAt) implements ProvisioningEvent {

}
