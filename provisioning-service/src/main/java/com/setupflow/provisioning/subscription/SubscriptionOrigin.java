package com.setupflow.provisioning.subscription;

/** Where a subscription came from: both flows are first-class. */
public enum SubscriptionOrigin {

	/** An order from the commerce system, installed in the setup wizard. */
	ORDER,

	/** Added by a partner admin in the portal, with a trial. */
	PORTAL

}
