package com.setupflow.order.order;

import java.util.UUID;

/**
 * The order just reached INSTALLED (or ACTIVE straight away). Local to this service,
 * never published: it stops the timers that watch for setup that does not happen (stall
 * check, auto-close), in the transaction that recorded the installation.
 *
 * @param orderId the order
 */
public record InstallationRecorded(UUID orderId) {

}
