package com.setupflow.order.order;

import java.util.Set;

/**
 * Where an order stands. Installation and activation come with the setup wizard.
 */
public enum OrderStatus {

	/** Accepted; the start date has not come. */
	RECEIVED,

	/** The start date came; the deployment contact was invited to set up. */
	INVITED,

	/** Invited, but setup had not started when the stall check fell due. */
	STALLED,

	/** A setup link was opened. */
	SETUP_STARTED,

	/** Cancelled by the commerce system. */
	CANCELLED,

	/** Not provisioned within the product's open window. */
	CLOSED;

	private static final Set<OrderStatus> ENDED = Set.of(CANCELLED, CLOSED);

	/** Cancelled or closed: nothing more happens to the order. */
	public boolean hasEnded() {
		return ENDED.contains(this);
	}

}
