package com.setupflow.events.provisioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A setup link was minted for a recipient; the notification service emails it. The
 * provisioning service stores only the token's hash: this event and the email are the
 * only places the link itself exists, so the topic must stay internal.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param linkId the link's id (not its token)
 * @param recipientEmail who receives the link
 * @param setupUrl the link itself
 * @param expiresAt when the link stops working
 * @param reason why it was issued: {@code SETUP_DUE}, {@code RESENT},
 * {@code CONTACT_CHANGED}, {@code DELEGATED_TO_COLLEAGUE}, {@code DELEGATED_TO_CUSTOMER}
 * @param locale language of the email
 * @param partnerName the ordering partner
 * @param customerName the end customer, or {@code null}
 * @param productNames names of the ordered products
 * @param requestedStartDate the order's start date
 * @param requestedBy for a delegated setup, the address that handed it over; {@code null}
 * otherwise
 */
public record SetupLinkIssued(UUID orderId, String orderNumber, UUID linkId, String recipientEmail, String setupUrl,
		Instant expiresAt, String reason, String locale, String partnerName, String customerName,
		List<String> productNames, LocalDate requestedStartDate, String requestedBy) implements ProvisioningEvent {

	public SetupLinkIssued {
		productNames = (productNames != null) ? List.copyOf(productNames) : List.of();
	}

}
