package com.setupflow.order.order;

/**
 * Where an order stands. Until it ends, an order only moves forward along its ranks:
 * reports from other services may arrive late or out of order (a link opened after the
 * order was installed, services deployed before "installed"), and must not undo progress.
 */
public enum OrderStatus {

	/** Accepted; the start date has not come. */
	RECEIVED(0),

	/** The start date came; the deployment contact was invited to set up. */
	INVITED(1),

	/** Invited, but setup had not started when the stall check fell due. */
	STALLED(2),

	/** A setup link was opened. */
	SETUP_STARTED(3),

	/**
	 * The wizard's "order installed": orgs and subscription exist. The point of no
	 * return.
	 */
	INSTALLED(4),

	/** Services deployed and billing started. */
	ACTIVE(5),

	/** Cancelled by the commerce system. */
	CANCELLED(-1),

	/** Not provisioned within the product's open window. */
	CLOSED(-1);

	private final int rank;

	OrderStatus(int rank) {
		this.rank = rank;
	}

	/** Cancelled or closed: nothing more happens to the order. */
	public boolean hasEnded() {
		return this.rank < 0;
	}

	/** Installed or active: past the point of no return. */
	public boolean isInstalled() {
		return this == INSTALLED || this == ACTIVE;
	}

	/** Whether an order in this status may move on to {@code next}. */
	boolean precedes(OrderStatus next) {
		return !hasEnded() && this.rank < next.rank;
	}

}
