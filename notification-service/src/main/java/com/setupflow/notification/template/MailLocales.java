package com.setupflow.notification.template;

import java.util.Locale;
import java.util.Set;

/**
 * The languages emails are written in. An event may name any language; one without
 * templates gets English rather than no email.
 */
public final class MailLocales {

	public static final Locale DEFAULT = Locale.ENGLISH;

	private static final Set<String> SUPPORTED = Set.of("en", "fr");

	private MailLocales() {
	}

	/**
	 * The supported language closest to {@code tag} (such as {@code fr}, {@code fr-CA},
	 * {@code fr_BE}), else English.
	 */
	public static Locale resolve(String tag) {
		if (tag == null || tag.isBlank()) {
			return DEFAULT;
		}
		String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
		return SUPPORTED.contains(language) ? Locale.forLanguageTag(language) : DEFAULT;
	}

}
