package com.setupflow.provisioning.orderstream;

import java.util.Locale;

/**
 * What became of an order event, as counted in
 * {@code setupflow.provisioning.order.events{outcome}}.
 */
enum Outcome {

	/** It changed the case or its links. */
	APPLIED,

	/** It was valid but changed nothing, e.g. a setup falling due on a cancelled case. */
	IGNORED,

	/** It names an order this service has no case for. */
	UNKNOWN_ORDER,

	/** It was applied before; the redelivery changed nothing. */
	REDELIVERED,

	/** It is not an order event this build knows. */
	SKIPPED;

	String tag() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
