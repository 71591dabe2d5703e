package com.setupflow.events.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A trial ended without activation: the subscription is inactive and archived.
 *
 * @param subscriptionId the subscription
 * @param customerOrgId the customer org it served
 * @param customerName the customer's company name
 * @param productName the product's name
 * @param expiredAt when it expired
 * @param partnerAdminEmails who to tell: the admins of the managing partner org
 * @param manageUrl the portal page of the (now archived) subscription
 * @param locale language of the notice
 */
public record TrialExpired(UUID subscriptionId, UUID customerOrgId, String customerName, String productName,
		Instant expiredAt, List<String> partnerAdminEmails, String manageUrl,
		String locale) implements SubscriptionEvent {

	public TrialExpired {
		partnerAdminEmails = List.copyOf(partnerAdminEmails);
	}

}
