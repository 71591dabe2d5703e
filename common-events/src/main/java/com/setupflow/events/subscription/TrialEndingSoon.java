package com.setupflow.events.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A trial ends soon and the partner has not activated it: the notification service
 * reminds the partner's admins.
 *
 * @param subscriptionId the subscription
 * @param customerName the customer's company name
 * @param productName the product's name
 * @param endsAt when the trial ends
 * @param partnerAdminEmails who to remind: the admins of the managing partner org
 * @param manageUrl the portal page where the partner activates it
 * @param locale language of the reminder
 */
public record TrialEndingSoon(UUID subscriptionId, String customerName, String productName, Instant endsAt,
		List<String> partnerAdminEmails, String manageUrl, String locale) implements SubscriptionEvent {

	public TrialEndingSoon {
		partnerAdminEmails = List.copyOf(partnerAdminEmails);
	}

}
