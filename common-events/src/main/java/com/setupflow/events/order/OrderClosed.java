package com.setupflow.events.order;

import java.util.UUID;

/**
 * The order stayed unprovisioned for its product's whole open window and was closed.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param reason why, e.g. {@code NOT_PROVISIONED_IN_OPEN_WINDOW}
 */
public record OrderClosed(UUID orderId, String orderNumber, String reason) implements OrderEvent {

}
