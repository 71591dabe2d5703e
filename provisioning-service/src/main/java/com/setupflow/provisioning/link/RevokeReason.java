package com.setupflow.provisioning.link;

/**
 * Why a setup link stopped working before it expired.
 */
public enum RevokeReason {

	/** A newer link of the same order replaced it (resend or contact change). */
	SUPERSEDED,

	/** The setup was handed to someone else, who got a link of their own. */
	DELEGATED,

	/** The order was cancelled; travels as {@code SetupLinksRevoked.reason}. */
	ORDER_CANCELLED,

	/**
	 * The order was closed unprovisioned; travels as {@code SetupLinksRevoked.reason}.
	 */
	ORDER_CLOSED

}
