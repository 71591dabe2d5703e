package com.setupflow.events.order;

import java.util.UUID;

import com.setupflow.events.DomainEvent;

/**
 * Events of the order stream, published on {@link com.setupflow.events.Topics#ORDERS}
 * keyed by order id.
 */
public sealed interface OrderEvent extends DomainEvent permits OrderPlaced, OrderCancelled, DeploymentContactChanged,
		RequestedStartDateChanged, SetupDue, SetupResendRequested, OrderStalled, OrderClosed {

	UUID orderId();

	String orderNumber();

}
