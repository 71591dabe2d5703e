package com.setupflow.order.order;

/**
 * The order number is already taken by an order with a different body. Answered with 409.
 */
public class OrderNumberConflictException extends RuntimeException {

	public OrderNumberConflictException(String orderNumber) {
		super("Order number " + orderNumber + " was already used for a different order. "
				+ "Send the same body to read that order, or use a new order number.");
	}

}
