package com.setupflow.order.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.setupflow.order.order.Order;
import com.setupflow.order.order.OrderStatus;
import com.setupflow.order.timeline.TimelineEntry;

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
 * @param invitedAt when the setup invitation went out, or {@code null}
 * @param setupStartedAt when a setup link was first opened, or {@code null}
 * @param stalledAt when it was reported stalled, or {@code null}
 * @param closedAt when it closed unprovisioned, or {@code null}
 * @param installedAt when its setup wizard installed it, or {@code null}
 * @param activatedAt when its services were deployed, or {@code null}
 * @param timeline what happened to it, oldest first (single-order reads only)
 */
public record OrderView(UUID id, String orderNumber, OrderStatus status, Partner partner, Customer customer,
		List<Item> items, LocalDate requestedStartDate, String timeZone, String deploymentContactEmail,
		String accountRepEmail, String locale, String cancellationReason, Instant createdAt, Instant updatedAt,
		Instant invitedAt, Instant setupStartedAt, Instant stalledAt, Instant closedAt, Instant installedAt,
		Instant activatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline) {

	static OrderView of(Order order) {
		return new OrderView(order.id(), order.orderNumber(), order.status(),
				new Partner(order.partnerId(), order.partnerName()),
				(order.customerName() != null) ? new Customer(order.customerName()) : null,
				order.items().stream().map((item) -> new Item(item.sku(), item.quantity())).toList(),
				order.requestedStartDate(), order.timeZone(), order.deploymentContactEmail(), order.accountRepEmail(),
				order.locale(), order.cancellationReason(), order.createdAt(), order.updatedAt(), order.invitedAt(),
				order.setupStartedAt(), order.stalledAt(), order.closedAt(), order.installedAt(), order.activatedAt(),
				null);
	}

	OrderView withTimeline(List<TimelineEntry> entries) {
		return new OrderView(this.id, this.orderNumber, this.status, this.partner, this.customer, this.items,
				this.requestedStartDate, this.timeZone, this.deploymentContactEmail, this.accountRepEmail, this.locale,
				this.cancellationReason, this.createdAt, this.updatedAt, this.invitedAt, this.setupStartedAt,
				this.stalledAt, this.closedAt, this.installedAt, this.activatedAt, entries);
	}

	public record Partner(String id, String name) {
	}

	public record Customer(String name) {
	}

	public record Item(String sku, int quantity) {
	}

}
