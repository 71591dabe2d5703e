package com.setupflow.provisioning.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.setupflow.provisioning.portal.SubscriptionView;
import com.setupflow.provisioning.subscription.SubscriptionStatus;

/**
 * Puts a subscription's status and days into the reader's words. Days are UTC days, as
 * billing counts them.
 */
@Component
class SubscriptionTexts {

	private final MessageSource messages;

	SubscriptionTexts(MessageSource messages) {
		this.messages = messages;
	}

	List<ShownSubscription> all(List<SubscriptionView> views, Locale locale) {
		return views.stream().map((view) -> of(view, locale)).toList();
	}

	ShownSubscription of(SubscriptionView view, Locale locale) {
		LocalDate billingStart = (view.billing() != null) ? view.billing().billingPeriodStart() : null;
		return new ShownSubscription(view, status(view, locale), day(view.createdAt(), locale),
				day(view.trialEndsAt(), locale), day(view.endedAt(), locale), day(billingStart, locale));
	}

	private String status(SubscriptionView view, Locale locale) {
		if (view.status() == SubscriptionStatus.TRIAL && view.trialDaysLeft() != null) {
			return this.messages.getMessage("portal.status.TRIAL", new Object[] { view.trialDaysLeft() }, locale);
		}
		return this.messages.getMessage("portal.status." + view.status().name(), null, locale);
	}

	private static String day(Instant instant, Locale locale) {
		return (instant != null) ? day(LocalDate.ofInstant(instant, ZoneOffset.UTC), locale) : null;
	}

	private static String day(LocalDate date, Locale locale) {
		return (date != null) ? date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
				: null;
	}

}
