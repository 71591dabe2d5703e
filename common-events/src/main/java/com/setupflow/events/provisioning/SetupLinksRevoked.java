package com.setupflow.events.provisioning;

import java.util.UUID;

/**
 * Every live setup link of the order stopped working.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param reason why, e.g. {@code ORDER_CANCELLED}
 */
public record SetupLinksRevoked(UUID orderId, String orderNumber, String reason) implements ProvisioningEvent {

}
