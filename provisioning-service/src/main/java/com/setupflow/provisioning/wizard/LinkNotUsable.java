package com.setupflow.provisioning.wizard;

import com.setupflow.provisioning.link.LinkVisit;

/**
 * The presented setup link does not open anything: unknown (404) or no longer working
 * (410). Carries nothing of the order.
 */
public class LinkNotUsable extends RuntimeException {

	private final LinkVisit.Outcome outcome;

	public LinkNotUsable(LinkVisit.Outcome outcome) {
		super("Setup link " + outcome.name().toLowerCase());
		this.outcome = outcome;
	}

	public LinkVisit.Outcome getOutcome() {
		return this.outcome;
	}

}
