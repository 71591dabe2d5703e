package com.setupflow.provisioning.wizard.web;

import java.util.Locale;

import com.setupflow.provisioning.org.OrgDetails;

/**
 * An organisation's details as a page prints them.
 *
 * @param name its name
 * @param country its country's name in the reader's language
 * @param addressLine street and number
 * @param city the city
 * @param postalCode the postal code
 */
record OrgView(String name, String country, String addressLine, String city, String postalCode) {

	static OrgView of(OrgDetails details, Locale locale) {
		if (details == null) {
			return null;
		}
		return new OrgView(details.name(), Countries.nameOf(details.country(), locale), details.addressLine(),
				details.city(), details.postalCode());
	}

}
