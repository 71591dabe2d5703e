package com.setupflow.provisioning.invitation;

/**
 * The invitation link opens nothing: unknown (never issued, mistyped) or gone (expired or
 * used). Pages answer 404 or 410 and show nothing of the org.
 */
public class InvitationNotUsable extends RuntimeException {

	private final boolean gone;

	InvitationNotUsable(boolean gone) {
		super(gone ? "Invitation expired or used" : "No such invitation");
		this.gone = gone;
	}

	/** Whether the link once worked: expired or used rather than unknown. */
	public boolean isGone() {
		return this.gone;
	}

}
