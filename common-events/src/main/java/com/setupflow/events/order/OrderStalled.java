package com.setupflow.events.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Provisioning had not started when the stall check fell due: the account rep must act.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param partnerName the ordering partner
 * @param customerName the end customer, or {@code null}
 * @param requestedStartDate the day service should have started
 * @param deploymentContactEmail who was invited
 * @param accountRepEmail who is alerted
 * @param locale language of the alert
 * @param invitedAt when the setup was due and the invitation sent
 */
public record OrderStalled(UUID orderId, String orderNumber, String partnerName, String customerName,
		LocalDate requestedStartDate, String deploymentContactEmail, String accountRepEmail, String locale,
		Instant invitedAt) implements OrderEvent {

}
