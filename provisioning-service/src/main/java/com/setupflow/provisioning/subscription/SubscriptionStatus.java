package com.setupflow.provisioning.subscription;

/** Where a subscription stands. */
public enum SubscriptionStatus {

	/** Added in the portal: usable for free until its trial ends. */
	TRIAL,

	/** Created by an installed order; its services are being set up. */
	PENDING_SETUP,

	/** Deployed (or activated) and billed. */
	ACTIVE,

	/** Its trial ended without activation. Archived. */
	EXPIRED,

	/** Cancelled by its partner. Archived. */
	CANCELLED;

	/** Archived subscriptions are read-only and never in the active list. */
	public boolean isArchived() {
		return this == EXPIRED || this == CANCELLED;
	}

}
