/**
 * The order's timeline: what happened to it, from its own events and from the
 * provisioning and notification services' events.
 */
package com.setupflow.order.timeline;
