package com.setupflow.order.order;

/**
 * Where an order stands. Later stages (invited, installed, active, closed) come with the
 * timeline.
 */
public enum OrderStatus {

	RECEIVED, CANCELLED

}
