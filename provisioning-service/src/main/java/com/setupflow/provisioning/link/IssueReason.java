package com.setupflow.provisioning.link;

/**
 * Why a setup link was minted; travels as {@code SetupLinkIssued.reason}.
 */
public enum IssueReason {

	/** The order's start date came. */
	SETUP_DUE,

	/** Someone asked for the setup email again. */
	RESENT,

	/** The deployment contact changed after the first link went out. */
	CONTACT_CHANGED,

	/** The setup holder handed the setup to a colleague. */
	DELEGATED_TO_COLLEAGUE,

	/** The setup holder handed the setup to the customer's admin. */
	DELEGATED_TO_CUSTOMER

}
