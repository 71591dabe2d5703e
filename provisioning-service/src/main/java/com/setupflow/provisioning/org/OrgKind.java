package com.setupflow.provisioning.org;

/** What an organisation is to setupflow. */
public enum OrgKind {

	/** A reseller that orders for its customers. */
	PARTNER,

	/** An end customer served by the subscriptions. */
	CUSTOMER

}
