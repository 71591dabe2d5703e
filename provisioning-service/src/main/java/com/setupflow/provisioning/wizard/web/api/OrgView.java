package com.setupflow.provisioning.wizard.web.api;

import com.setupflow.provisioning.org.Org;

/**
 * An organisation as the setup API shows it: what the person setting up states or
 * verifies, never ids of other orgs or their users.
 *
 * @param name the organisation's name
 * @param country ISO 3166-1 alpha-2 code
 * @param addressLine street and number
 * @param city the city
 * @param postalCode the postal code
 * @param subdomain the enterprise subdomain of a customer org once chosen, else
 * {@code null}
 */
record OrgView(String name, String country, String addressLine, String city, String postalCode, String subdomain) {

	/** The org's view, or {@code null} for no org. */
	static OrgView of(Org org) {
		if (org == null) {
			return null;
		}
		return new OrgView(org.getName(), org.getDetails().country(), org.getDetails().addressLine(),
				org.getDetails().city(), org.getDetails().postalCode(), org.getSubdomain());
	}

}
