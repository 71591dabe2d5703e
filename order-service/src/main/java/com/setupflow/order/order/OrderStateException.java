package com.setupflow.order.order;

/**
 * The order is not in a state that allows what was asked (for example changing the
 * contact of a cancelled order). Answered with 409.
 */
public class OrderStateException extends RuntimeException {

	public OrderStateException(String message) {
		super(message);
	}

}
