package com.setupflow.events.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.setupflow.events.DomainEvent;

/**
 * Billing starts for a subscription: the billing system bills each service from its
 * period start. Published once per subscription on
 * {@link com.setupflow.events.Topics#BILLING}, keyed by subscription id.
 *
 * @param subscriptionId setupflow's id of the subscription
 * @param orderId the order it came from, {@code null} for a subscription made in the
 * partner portal
 * @param orderNumber the commerce system's order number, {@code null} likewise
 * @param partnerId the commerce system's id of the partner that is billed
 * @param customerOrgId the customer organisation served
 * @param customerName its name
 * @param services what is billed, each from its period start
 * @param startedAt when billing was started
 */
public record BillingStarted(UUID subscriptionId, UUID orderId, String orderNumber, String partnerId,
		UUID customerOrgId, String customerName, List<BilledService> services,
		Instant startedAt) implements DomainEvent {

	public BillingStarted {
		services = List.copyOf(services);
	}

	/**
	 * One billed service.
	 *
	 * @param sku catalogue SKU
	 * @param quantity number of licences
	 * @param billingPeriodStart the first day billed, in the order's time zone
	 */
	public record BilledService(String sku, int quantity, LocalDate billingPeriodStart) {
	}

}
