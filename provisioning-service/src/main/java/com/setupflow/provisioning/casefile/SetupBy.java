package com.setupflow.provisioning.casefile;

/** Who runs an order's setup. */
public enum SetupBy {

	/** Someone at the partner: the deployment contact or a colleague. */
	PARTNER,

	/**
	 * The customer's admin. The customer org is then the customer's alone: its partner
	 * gets no access to manage it.
	 */
	CUSTOMER

}
