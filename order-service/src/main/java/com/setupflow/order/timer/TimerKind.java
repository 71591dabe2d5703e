package com.setupflow.order.timer;

/**
 * What a timer guards.
 */
public enum TimerKind {

	/** The start date came: invite the deployment contact. */
	SETUP_DUE,

	/**
	 * A day (configurable) after the invitation: alert the rep if setup has not started.
	 */
	STALL_CHECK,

	/** The product's open window passed: close the order if still unprovisioned. */
	AUTO_CLOSE

}
