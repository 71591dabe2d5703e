package com.setupflow.provisioning.casefile;

/**
 * Where a provisioning case stands. Later steps of the setup wizard add states between
 * {@link #SETUP_STARTED} and the end.
 */
public enum CaseStatus {

	/** The order is placed; nobody has opened a setup link yet. */
	AWAITING_SETUP,

	/** A setup link of the order was opened. */
	SETUP_STARTED,

	/** The order was cancelled; a cancelled case never reopens. */
	CANCELLED,

	/** The order stayed unprovisioned for its whole open window; it never reopens. */
	CLOSED

}
