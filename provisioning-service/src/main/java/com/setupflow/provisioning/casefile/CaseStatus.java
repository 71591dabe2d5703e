package com.setupflow.provisioning.casefile;

/**
 * Where a provisioning case stands.
 */
public enum CaseStatus {

	/** The order is placed; nobody has opened a setup link yet. */
	AWAITING_SETUP,

	/** A setup link of the order was opened. */
	SETUP_STARTED,

	/** The wizard created the order's orgs and subscription; service setup follows. */
	INSTALLED,

	/** The services were deployed and billing started. */
	DEPLOYED,

	/** The order was cancelled; a cancelled case never reopens. */
	CANCELLED,

	/** The order stayed unprovisioned for its whole open window; it never reopens. */
	CLOSED

}
