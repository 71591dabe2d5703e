package com.setupflow.provisioning.casefile;

/**
 * Where a provisioning case stands. Later steps of the setup wizard add states between
 * the two.
 */
public enum CaseStatus {

	/** The order is placed; nobody has started its setup yet. */
	AWAITING_SETUP,

	/** The order was cancelled; a cancelled case never reopens. */
	CANCELLED

}
