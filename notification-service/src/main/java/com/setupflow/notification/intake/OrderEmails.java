package com.setupflow.notification.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderStalled;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.notification.delivery.DeliveryLog.Invitation;
import com.setupflow.notification.delivery.NewDelivery;
import com.setupflow.notification.template.MailLocales;
import com.setupflow.notification.template.MailRenderer;
import com.setupflow.notification.template.MailTemplate;
import com.setupflow.notification.template.SafeText;

/**
 * Writes the email each event owes, rendered now so that every later try sends exactly
 * this email. Every text that came from outside passes through {@link SafeText}.
 */
@Component
class OrderEmails {

	private static final int NAME_LENGTH = 200;

	private static final int REASON_LENGTH = 1000;

	private final MailRenderer renderer;

	private final LinkSettings links;

	OrderEmails(MailRenderer renderer, LinkSettings links) {
		this.renderer = renderer;
		this.links = links;
	}

	NewDelivery configureNow(EventEnvelope envelope, SetupLinkIssued issued) {
		Map<String, Object> model = new HashMap<>();
		model.put("orderNumber", name(issued.orderNumber()));
		model.put("partnerName", name(issued.partnerName()));
		model.put("customerName", name(issued.customerName()));
		model.put("products", issued.productNames().stream().map(OrderEmails::name).filter(Objects::nonNull).toList());
		model.put("startDate", issued.requestedStartDate());
		model.put("expiresAt", utc(issued.expiresAt()));
		model.put("setupUrl", issued.setupUrl());
		model.put("reader", reader(issued.reason()));
		model.put("requestedBy", name(issued.requestedBy()));
		return delivery(envelope, issued.orderId(), MailTemplate.CONFIGURE_NOW, issued.recipientEmail(),
				MailLocales.resolve(issued.locale()), model);
	}

	NewDelivery orderStalled(EventEnvelope envelope, OrderStalled stalled) {
		Map<String, Object> model = new HashMap<>();
		model.put("orderNumber", name(stalled.orderNumber()));
		model.put("partnerName", name(stalled.partnerName()));
		model.put("customerName", name(stalled.customerName()));
		model.put("startDate", stalled.requestedStartDate());
		model.put("contactEmail", name(stalled.deploymentContactEmail()));
		model.put("invitedAt", utc(stalled.invitedAt()));
		model.put("dashboardUrl", this.links.dashboardUrl().toString());
		return delivery(envelope, stalled.orderId(), MailTemplate.ORDER_STALLED, stalled.accountRepEmail(),
				MailLocales.resolve(stalled.locale()), model);
	}

	/**
	 * The account rep must sort out the partner organisation before setup can go on: the
	 * alert says what was disputed, by whom, and what to do.
	 */
	NewDelivery partnerOrgDisputed(EventEnvelope envelope, PartnerOrgDisputed disputed) {
		Map<String, Object> model = new HashMap<>();
		model.put("orderNumber", name(disputed.orderNumber()));
		model.put("partnerOrgName", name(disputed.partnerOrgName()));
		model.put("partnerOrgId", Objects.toString(disputed.partnerOrgId(), null));
		model.put("reportedBy", name(disputed.reportedBy()));
		model.put("reportedAt", utc(disputed.reportedAt()));
		model.put("dashboardUrl", this.links.dashboardUrl().toString());
		return delivery(envelope, disputed.orderId(), MailTemplate.PARTNER_ORG_DISPUTED, disputed.accountRepEmail(),
				MailLocales.resolve(disputed.locale()), model);
	}

	/** The notice goes to whoever was invited, in the language they were invited in. */
	NewDelivery orderCancelled(EventEnvelope envelope, OrderCancelled cancelled, Invitation invitation) {
		Map<String, Object> model = new HashMap<>();
		model.put("orderNumber", name(cancelled.orderNumber()));
		model.put("reason", SafeText.line(cancelled.reason(), REASON_LENGTH));
		return delivery(envelope, cancelled.orderId(), MailTemplate.ORDER_CANCELLED, invitation.recipient(),
				MailLocales.resolve(invitation.locale()), model);
	}

	private NewDelivery delivery(EventEnvelope envelope, UUID orderId, MailTemplate template, String recipient,
			Locale locale, Map<String, Object> model) {
		return new NewDelivery(UUID.randomUUID(), orderId, envelope.eventId(), envelope.occurredAt(), template,
				recipient.strip(), locale, this.renderer.render(template, locale, model, model.get("orderNumber")));
	}

	/**
	 * Who reads a "Configure now", which picks its wording (the {@code .contact},
	 * {@code .colleague} or {@code .customer} messages): someone the setup was handed
	 * over to was not named on the order, so the email must say who sent them.
	 */
	private static String reader(String reason) {
		if ("DELEGATED_TO_COLLEAGUE".equals(reason)) {
			return "colleague";
		}
		if ("DELEGATED_TO_CUSTOMER".equals(reason)) {
			return "customer";
		}
		return "contact";
	}

	private static String name(String text) {
		return SafeText.line(text, NAME_LENGTH);
	}

	/** Dates in emails are shown in UTC: the event does not say where the reader is. */
	private static ZonedDateTime utc(Instant instant) {
		return (instant != null) ? instant.atZone(ZoneOffset.UTC) : null;
	}

}
