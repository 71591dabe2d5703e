package com.setupflow.notification.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import com.setupflow.events.MalformedEventException;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderStalled;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.events.subscription.TrialEndingSoon;
import com.setupflow.events.subscription.TrialExpired;

/**
 * What an event must say before it can become an email. One that does not is not retried
 * (it would fail the same way) but sent to the dead-letter topic, where it can be seen.
 */
final class EventChecks {

	private EventChecks() {
	}

	static SetupLinkIssued checked(SetupLinkIssued issued) {
		require(issued.orderId() != null && issued.orderNumber() != null, "SetupLinkIssued names no order");
		require(isPresent(issued.recipientEmail()),
				"SetupLinkIssued of order " + issued.orderNumber() + " names no recipient");
		require(isWebLink(issued.setupUrl()),
				"SetupLinkIssued of order " + issued.orderNumber() + " has no http(s) setup link");
		return issued;
	}

	static OrderStalled checked(OrderStalled stalled) {
		require(stalled.orderId() != null && stalled.orderNumber() != null, "OrderStalled names no order");
		require(isPresent(stalled.accountRepEmail()),
				"OrderStalled of order " + stalled.orderNumber() + " names no account rep");
		return stalled;
	}

	static PartnerOrgDisputed checked(PartnerOrgDisputed disputed) {
		require(disputed.orderId() != null && disputed.orderNumber() != null, "PartnerOrgDisputed names no order");
		require(isPresent(disputed.accountRepEmail()),
				"PartnerOrgDisputed of order " + disputed.orderNumber() + " names no account rep");
		return disputed;
	}

	static OrderCancelled checked(OrderCancelled cancelled) {
		require(cancelled.orderId() != null && cancelled.orderNumber() != null, "OrderCancelled names no order");
		return cancelled;
	}

	static OrgUserInvited checked(OrgUserInvited invited) {
		require(invited.userId() != null, "OrgUserInvited names no user");
		require(isPresent(invited.email()), "OrgUserInvited of user " + invited.userId() + " names no address");
		require(isWebLink(invited.acceptUrl()),
				"OrgUserInvited of user " + invited.userId() + " has no http(s) invitation link");
		return invited;
	}

	static TrialEndingSoon checked(TrialEndingSoon ending) {
		require(ending.subscriptionId() != null, "TrialEndingSoon names no subscription");
		require(anyPresent(ending.partnerAdminEmails()),
				"TrialEndingSoon of subscription " + ending.subscriptionId() + " names no partner admin");
		require(isWebLink(ending.manageUrl()),
				"TrialEndingSoon of subscription " + ending.subscriptionId() + " has no http(s) portal link");
		return ending;
	}

	static TrialExpired checked(TrialExpired expired) {
		require(expired.subscriptionId() != null, "TrialExpired names no subscription");
		require(anyPresent(expired.partnerAdminEmails()),
				"TrialExpired of subscription " + expired.subscriptionId() + " names no partner admin");
		require(isWebLink(expired.manageUrl()),
				"TrialExpired of subscription " + expired.subscriptionId() + " has no http(s) portal link");
		return expired;
	}

	private static boolean anyPresent(List<String> texts) {
		return texts.stream().anyMatch(EventChecks::isPresent);
	}

	private static boolean isPresent(String text) {
		return text != null && !text.isBlank();
	}

	/**
	 * Only a web link may become the email's button: never a javascript: or data: URL.
	 */
	private static boolean isWebLink(String url) {
		try {
			URI uri = (url != null) ? new URI(url) : null;
			return uri != null && uri.getHost() != null
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void require(boolean condition, String problem) {
		if (!condition) {
			throw new MalformedEventException(problem);
		}
	}

}
