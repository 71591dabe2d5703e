package com.setupflow.provisioning.wizard.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The country list of the address forms, named and sorted in the reader's language.
 */
final class Countries {

	private Countries() {
	}

	static List<Country> in(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	static String nameOf(String code, Locale locale) {
		return (code != null) ? new Locale("", code).getDisplayCountry(locale) : null;
	}

	/**
	 * One choice.
	 *
	 * @param code ISO 3166-1 alpha-2
	 * @param name its name for the reader
	 */
	record Country(String code, String name) {
	}

}
