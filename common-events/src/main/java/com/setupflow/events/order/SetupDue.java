package com.setupflow.events.order;

import java.time.Instant;
import java.util.UUID;

/**
 * The order's start date has come: its deployment contact must be invited to set it up.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param dueAt when the invitation was due (the timer may fire a little later)
 */
public record SetupDue(UUID orderId, String orderNumber, Instant dueAt) implements OrderEvent {

}
