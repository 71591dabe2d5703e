package com.setupflow.events.order;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The commerce system placed an order and it was accepted.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param partner the reseller that ordered
 * @param customerName the end customer's name, {@code null} when not given
 * @param items what was ordered
 * @param requestedStartDate the day service should start, in {@code timeZone}
 * @param timeZone IANA zone id of the order
 * @param deploymentContactEmail who receives "Configure now" (may be an alias)
 * @param accountRepEmail who is alerted when provisioning stalls
 * @param locale language of the order's emails ({@code en}, {@code fr}); {@code null} in
 * events written before it existed, read as {@code en}
 */
public record OrderPlaced(UUID orderId, String orderNumber, Partner partner, String customerName, List<OrderLine> items,
		LocalDate requestedStartDate, String timeZone, String deploymentContactEmail, String accountRepEmail,
		String locale) implements OrderEvent {

	public OrderPlaced {
		items = List.copyOf(items);
	}

	/** The language of the order's emails, {@code en} when the event names none. */
	public String localeOrDefault() {
		return (this.locale != null) ? this.locale : "en";
	}

	/**
	 * The reseller as the commerce system knows it.
	 *
	 * @param id the commerce system's partner id
	 * @param name display name
	 */
	public record Partner(String id, String name) {
	}

	/**
	 * One ordered product.
	 *
	 * @param sku catalogue SKU, such as {@code A-WX}
	 * @param quantity number of licences
	 */
	public record OrderLine(String sku, int quantity) {
	}

}
