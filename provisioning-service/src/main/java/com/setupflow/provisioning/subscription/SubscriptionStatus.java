package com.setupflow.provisioning.subscription;

/** Where a subscription stands. */
public enum SubscriptionStatus {

	/** Created by an installed order; its services are being set up. */
	PENDING_SETUP,

	/** Deployed and billed. */
	ACTIVE

}
