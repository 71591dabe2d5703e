package com.setupflow.provisioning.link;

import com.setupflow.provisioning.casefile.ProvisioningCase;

/**
 * What opening a setup link found.
 *
 * @param outcome whether the link opened
 * @param openedCase the order's case when it opened, else {@code null} so that nothing of
 * the order can leak onto an error page
 * @param recipientEmail who the opened link was sent to, else {@code null}
 */
public record LinkVisit(Outcome outcome, ProvisioningCase openedCase, String recipientEmail) {

	static LinkVisit opened(ProvisioningCase openedCase, String recipientEmail) {
		return new LinkVisit(Outcome.OPENED, openedCase, recipientEmail);
	}

	static LinkVisit gone() {
		return new LinkVisit(Outcome.GONE, null, null);
	}

	static LinkVisit unknown() {
		return new LinkVisit(Outcome.UNKNOWN, null, null);
	}

	public boolean isOpened() {
		return this.outcome == Outcome.OPENED;
	}

	public enum Outcome {

		/** The link is live. */
		OPENED,

		/** The link existed but expired, was revoked or was replaced by a newer one. */
		GONE,

		/** No link has this token: mistyped, truncated or made up. */
		UNKNOWN

	}

}
