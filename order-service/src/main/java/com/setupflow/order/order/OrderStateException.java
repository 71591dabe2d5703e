package com.setupflow.order.order;

/**
 * The order is not in a state that allows what was asked (for example changing the
 * contact of a cancelled order). Answered with 409 naming the {@link #rule()}.
 */
public class OrderStateException extends RuntimeException {

	private final OrderRule rule;

	public OrderStateException(OrderRule rule, String message) {
		super(message);
		this.rule = rule;
	}

	/** The rule the request broke. */
	public OrderRule rule() {
		return this.rule;
	}

}
