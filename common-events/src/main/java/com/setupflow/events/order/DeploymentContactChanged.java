package com.setupflow.events.order;

import java.util.UUID;

/**
 * The person who sets the order up changed before the order was installed.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param previousEmail the former deployment contact
 * @param newEmail the new deployment contact
 */
public record DeploymentContactChanged(UUID orderId, String orderNumber, String previousEmail,
		String newEmail) implements OrderEvent {

}
