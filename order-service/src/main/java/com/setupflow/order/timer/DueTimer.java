package com.setupflow.order.timer;

import java.time.Instant;
import java.util.UUID;

/**
 * A pending timer claimed by a sweep.
 *
 * @param id row id
 * @param orderId the order it guards
 * @param kind what it guards
 * @param dueAt when it was due
 */
record DueTimer(long id, UUID orderId, TimerKind kind, Instant dueAt) {

}
