package com.setupflow.events;

/**
 * Topic names. Keys keep per-entity order: each topic is keyed by the id named here.
 */
public final class Topics {

	/** Order lifecycle, key: order id. */
	public static final String ORDERS = "setupflow.orders";

	/** Provisioning progress, key: order or subscription id. */
	public static final String PROVISIONING = "setupflow.provisioning";

	/** Email outcomes, key: notification id. */
	public static final String NOTIFICATIONS = "setupflow.notifications";

	/** What the billing system consumes, key: subscription id. */
	public static final String BILLING = "setupflow.billing";

	private Topics() {
	}

}
