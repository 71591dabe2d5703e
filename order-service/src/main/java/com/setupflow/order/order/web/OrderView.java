package com.setupflow.order.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.setupflow.order.order.Order;
import com.setupflow.order.order.OrderStatus;

/**
 * An order as the API shows it.
 *
 * @param id setupflow's order id
 * @param orderNumber the commerce system's order number
 * @param status where the order stands
 * @param partner the ordering partner
 * @param customer the end customer, {@code null} when not given
 * @param items ordered products
 * @param requestedStartDate the day service starts
 * @param timeZone the order's time zone
 * @param deploymentContactEmail who sets the order up
 * @param accountRepEmail who hears when setup stalls
 * @param locale language of the order's emails
 * @param cancellationReason why it was cancelled, when it was
 * @param createdAt when the order was accepted
 * @param updatedAt when it last changed
 */
public record OrderView(UUID id, String orderNumber, OrderStatus status, Partner partner, Customer customer,
		List<Item> items, LocalDate requestedStartDate, String timeZone, String deploymentContactEmail,
		String accountRepEmail, String locale, String cancellationReason, Instant createdAt, Instant updatedAt) {

	static OrderView of(Order order) {
		return new OrderView(order.id(), order.orderNumber(), order.status(),
				new Partner(order.partnerId(), order.partnerName()),
				(order.customerName() != null) ? new Customer(order.customerName()) : null,
				order.items().stream().map((item) -> new Item(item.sku(), item.quantity())).toList(),
				order.requestedStartDate(), order.timeZone(), order.deploymentContactEmail(), order.accountRepEmail(),
				order.locale(), order.cancellationReason(), order.createdAt(), order.updatedAt());
	}

	public record Partner(String id, String name) {
	}

	public record Customer(String name) {
	}

	public record Item(String sku, int quantity) {
	}

}
