package com.setupflow.events.provisioning;

import java.time.Instant;
import java.util.UUID;

/**
 * Whoever held the order's setup link handed the setup to someone else: a colleague at
 * the partner, or the customer's administrator. Their link follows as a
 * {@link SetupLinkIssued}; the earlier links no longer work.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param delegatedTo {@code COLLEAGUE} or {@code CUSTOMER}
 * @param recipientEmail who sets up now
 * @param delegatedBy the address the handing-over link was sent to
 * @param delegatedAt when
 */
public record SetupDelegated(UUID orderId, String orderNumber, String delegatedTo, String recipientEmail,
		String delegatedBy, Instant delegatedAt) implements ProvisioningEvent {

}
