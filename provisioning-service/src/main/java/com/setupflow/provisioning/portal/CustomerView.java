package com.setupflow.provisioning.portal;

import java.util.List;
import java.util.UUID;

/**
 * A customer org as its managers see it.
 *
 * @param id the org's id
 * @param name its name
 * @param country ISO 3166-1 alpha-2
 * @param subdomain its enterprise subdomain, or {@code null}
 * @param subscriptions its subscriptions
 */
public record CustomerView(UUID id, String name, String country, String subdomain,
		List<SubscriptionView> subscriptions) {

	/**
	 * One subscription.
	 *
	 * @param id the subscription id
	 * @param status its status
	 * @param skus the purchased products
	 * @param users the licences, all products together
	 */
	public record SubscriptionView(UUID id, String status, List<String> skus, int users) {
	}

}
