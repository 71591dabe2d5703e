package com.setupflow.provisioning.wizard.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.wizard.StepState;

/**
 * What the pages after installation show.
 *
 * @param token the link's token, for the forms' addresses
 * @param order the order
 * @param subscription the subscription
 * @param customerOrg the customer org
 * @param subdomain the customer org's enterprise subdomain, or {@code null}
 * @param steps the service-setup steps and whether each is saved
 * @param connectionOptions the connection options the products offer
 * @param readyToDeploy whether every step is saved
 * @param recipientEmail who the link was sent to (the login of a new org's admin)
 * @param errors the message of each field that breaks a rule
 * @param values what the form shows: the saved settings, or what was typed
 */
record ServicePage(String token, OrderSummary order, Subscription subscription, OrgView customerOrg, String subdomain,
		List<StepState> steps, Set<ConnectionOption> connectionOptions, boolean readyToDeploy, String recipientEmail,
		Map<String, String> errors, Map<String, Object> values) {

	public String error(String field) {
		return this.errors.get(field);
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public Object value(String field) {
		return this.values.get(field);
	}

	public boolean chosen(ConnectionOption option) {
		Object chosen = this.values.get("connectionOptions");
		return chosen instanceof Set<?> set && set.contains(option);
	}

}
