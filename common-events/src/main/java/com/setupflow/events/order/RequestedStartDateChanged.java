package com.setupflow.events.order;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The commerce system moved the start date of an order not yet invited; its timers moved
 * with it.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param previousDate the former start date
 * @param newDate the new start date, in the order's time zone
 */
public record RequestedStartDateChanged(UUID orderId, String orderNumber, LocalDate previousDate,
		LocalDate newDate) implements OrderEvent {

}
