package com.setupflow.notification.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.events.subscription.TrialEndingSoon;
import com.setupflow.events.subscription.TrialExpired;
import com.setupflow.notification.delivery.NewDelivery;
import com.setupflow.notification.template.MailLocales;
import com.setupflow.notification.template.MailRenderer;
import com.setupflow.notification.template.MailTemplate;
import com.setupflow.notification.template.RenderedMail;
import com.setupflow.notification.template.SafeText;

/**
 * Writes the emails of the portal: the invitation of an org's admin, and the partner
 * admins' notices about a subscription's trial. They concern no order: their correlation
 * id is the invited user's or the subscription's. Like {@link OrderEmails}, each is
 * rendered now, and every text that came from outside passes through {@link SafeText}.
 */
@Component
class PortalEmails {

	private static final int NAME_LENGTH = 200;

	private final MailRenderer renderer;

	PortalEmails(MailRenderer renderer) {
		this.renderer = renderer;
	}

	/**
	 * The link where the invited user chooses a password; its wording follows their role
	 * (the {@code .partner}, {@code .customer} or {@code .other} messages).
	 */
	NewDelivery orgUserInvited(EventEnvelope envelope, OrgUserInvited invited) {
		Locale locale = MailLocales.resolve(invited.locale());
		String orgName = name(invited.orgName());
		String invitedBy = name(invited.invitedByOrgName());
		String email = invited.email().strip();
		Map<String, Object> model = new HashMap<>();
		model.put("orgName", orgName);
		model.put("invitedBy", invitedBy);
		model.put("name", name(invited.name()));
		model.put("email", SafeText.line(email, NAME_LENGTH));
		model.put("role", role(invited.role()));
		model.put("acceptUrl", invited.acceptUrl());
		model.put("expiresAt", utc(invited.expiresAt()));
		RenderedMail mail = this.renderer.render(MailTemplate.ORG_USER_INVITED, locale, model,
				orElse(invitedBy, "org-user-invited.someone"), orElse(orgName, "org-user-invited.yourOrg"));
		return delivery(envelope, invited.userId(), MailTemplate.ORG_USER_INVITED, email, locale, mail);
	}

	/** One reminder per partner admin, each its own delivery (and so sent once). */
	List<NewDelivery> trialEndingSoon(EventEnvelope envelope, TrialEndingSoon ending) {
		Locale locale = MailLocales.resolve(ending.locale());
		Map<String, Object> model = trialModel(ending.customerName(), ending.productName(), ending.manageUrl());
		model.put("endsAt", utc(ending.endsAt()));
		return toEach(envelope, ending.subscriptionId(), MailTemplate.TRIAL_ENDING_SOON, ending.partnerAdminEmails(),
				locale, model);
	}

	/** One notice per partner admin, each its own delivery (and so sent once). */
	List<NewDelivery> trialExpired(EventEnvelope envelope, TrialExpired expired) {
		Locale locale = MailLocales.resolve(expired.locale());
		Map<String, Object> model = trialModel(expired.customerName(), expired.productName(), expired.manageUrl());
		model.put("expiredAt", utc(expired.expiredAt()));
		return toEach(envelope, expired.subscriptionId(), MailTemplate.TRIAL_EXPIRED, expired.partnerAdminEmails(),
				locale, model);
	}

	private static Map<String, Object> trialModel(String customerName, String productName, String manageUrl) {
		Map<String, Object> model = new HashMap<>();
		model.put("customerName", name(customerName));
		model.put("productName", name(productName));
		model.put("manageUrl", manageUrl);
		return model;
	}

	/**
	 * The same email to each address, rendered once. An address listed twice (whatever
	 * its case) gets one email.
	 */
	private List<NewDelivery> toEach(EventEnvelope envelope, UUID subscriptionId, MailTemplate template,
			List<String> recipients, Locale locale, Map<String, Object> model) {
		RenderedMail mail = this.renderer.render(template, locale, model,
				orElse((String) model.get("customerName"), "mail.yourCustomer"),
				orElse((String) model.get("productName"), "mail.theProduct"));
		Map<String, String> addresses = new LinkedHashMap<>();
		for (String recipient : recipients) {
			if (recipient != null && !recipient.isBlank()) {
				addresses.putIfAbsent(recipient.strip().toLowerCase(Locale.ROOT), recipient.strip());
			}
		}
		List<NewDelivery> deliveries = new ArrayList<>(addresses.size());
		for (String address : addresses.values()) {
			deliveries.add(delivery(envelope, subscriptionId, template, address, locale, mail));
		}
		return deliveries;
	}

	private static NewDelivery delivery(EventEnvelope envelope, UUID correlationId, MailTemplate template,
			String recipient, Locale locale, RenderedMail mail) {
		return new NewDelivery(UUID.randomUUID(), correlationId, envelope.eventId(), envelope.occurredAt(), template,
				recipient, locale, mail);
	}

	/**
	 * Which wording of the invitation: a partner's admin joins the partner org, a
	 * customer's admin manages the customer's own subscriptions.
	 */
	private static String role(String role) {
		if ("PARTNER_ADMIN".equals(role)) {
			return "partner";
		}
		if ("CUSTOMER_ADMIN".equals(role)) {
			return "customer";
		}
		return "other";
	}

	/**
	 * A subject argument: the text, or when the event did not say, the message
	 * {@code fallback} in the email's language.
	 */
	private static Object orElse(String text, String fallback) {
		return (text != null) ? text : new DefaultMessageSourceResolvable(fallback);
	}

	private static String name(String text) {
		return SafeText.line(text, NAME_LENGTH);
	}

	/** Dates in emails are shown in UTC: the event does not say where the reader is. */
	private static ZonedDateTime utc(Instant instant) {
		return (instant != null) ? instant.atZone(ZoneOffset.UTC) : null;
	}

}
