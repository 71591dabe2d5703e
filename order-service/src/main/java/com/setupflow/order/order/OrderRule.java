package com.setupflow.order.order;

/**
 * The rules of an order's life a request can break, named in 409 problems (and turned
 * into the dashboard's messages) by their code.
 */
public enum OrderRule {

	/** The start date has not come: there is no setup email yet. */
	NOT_DUE("order-not-due"),

	/** The invitation went out: the start date can no longer move. */
	ALREADY_INVITED("order-invited"),

	/** Cancelled: nothing more happens. */
	CANCELLED("order-cancelled"),

	/** Closed unprovisioned: nothing more happens. */
	CLOSED("order-closed"),

	/**
	 * Installed: contact and start date are fixed; cancelling goes through the
	 * subscription.
	 */
	INSTALLED("order-installed"),

	/** Active: the services are deployed, setup is over. */
	ACTIVE("order-active");

	private final String code;

	OrderRule(String code) {
		this.code = code;
	}

	/** The rule's name in problem details, e.g. {@code order-installed}. */
	public String code() {
		return this.code;
	}

}
