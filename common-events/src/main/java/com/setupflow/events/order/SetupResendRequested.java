package com.setupflow.events.order;

import java.util.UUID;

/**
 * Someone (an account rep) asked for the setup email to be sent again, with a fresh link.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param requestedBy who asked, for the timeline
 */
public record SetupResendRequested(UUID orderId, String orderNumber, String requestedBy) implements OrderEvent {

}
