package com.setupflow.events.provisioning;

import java.time.Instant;
import java.util.UUID;

/**
 * A setup link of the order was opened for the first time: setup has started, and the
 * order will not be reported as stalled.
 *
 * @param orderId setupflow's id of the order
 * @param orderNumber the commerce system's order number
 * @param linkId the link that was opened
 * @param openedAt when
 */
public record ProvisioningStarted(UUID orderId, String orderNumber, UUID linkId,
		Instant openedAt) implements ProvisioningEvent {

}
