package com.setupflow.events.order;

import java.util.UUID;

/**
 * The commerce system cancelled the order; setup links must stop working.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param reason free text from the commerce system, {@code null} when not given
 */
public record OrderCancelled(UUID orderId, String orderNumber, String reason) implements OrderEvent {

}
