package com.setupflow.order.order;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated order as the commerce system sent it, with defaults applied.
 *
 * @param orderNumber the commerce system's order number
 * @param partnerId the commerce system's partner id
 * @param partnerName the partner's name
 * @param customerName the end customer, or {@code null}
 * @param items ordered products
 * @param requestedStartDate the day service starts, in {@code timeZone}
 * @param timeZone IANA zone id
 * @param deploymentContactEmail who sets the order up
 * @param accountRepEmail who hears when setup stalls
 * @param locale language of the order's emails as requested, {@code null} for the
 * partner's default
 */
public record NewOrder(String orderNumber, String partnerId, String partnerName, String customerName,
		List<OrderItem> items, LocalDate requestedStartDate, String timeZone, String deploymentContactEmail,
		String accountRepEmail, String locale) {

	public NewOrder {
		items = List.copyOf(items);
	}

}
