package com.setupflow.provisioning.org;

/** What a user may do in its org. */
public enum OrgUserRole {

	/** Manages the partner org and the customer orgs it manages. */
	PARTNER_ADMIN,

	/** Manages its own customer org's services, never billing. */
	CUSTOMER_ADMIN

}
