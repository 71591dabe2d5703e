package com.setupflow.provisioning.subscription;

/**
 * What a partner may do to a subscription in which state. Each rule has a name the API
 * returns and a message the pages show.
 */
public enum SubscriptionRule {

	/** Cancelled and expired subscriptions are kept to be read, not changed. */
	ARCHIVED_READ_ONLY("archived-read-only"),

	/** An order's subscription is launched and managed once its setup is deployed. */
	SETUP_FINISHED_FIRST("setup-finished-first"),

	/**
	 * Only a trial can be activated; any other subscription is billed already or over.
	 */
	ACTIVATE_TRIALS_ONLY("activate-trials-only");

	private final String ruleName;

	SubscriptionRule(String ruleName) {
		this.ruleName = ruleName;
	}

	public String ruleName() {
		return this.ruleName;
	}

	/** The message key explaining the rule. */
	public String messageCode() {
		return "subscription.rule." + this.ruleName;
	}

}
