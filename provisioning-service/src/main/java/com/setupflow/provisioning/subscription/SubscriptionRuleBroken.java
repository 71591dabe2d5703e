package com.setupflow.provisioning.subscription;

/**
 * An action the subscription's state does not allow; nothing changed. The API answers 409
 * naming the rule.
 */
public class SubscriptionRuleBroken extends RuntimeException {

	private final SubscriptionRule rule;

	public SubscriptionRuleBroken(SubscriptionRule rule, Subscription subscription) {
		super("Subscription " + subscription.getId() + " is " + subscription.getStatus() + ": " + rule.ruleName());
		this.rule = rule;
	}

	public SubscriptionRule getRule() {
		return this.rule;
	}

}
