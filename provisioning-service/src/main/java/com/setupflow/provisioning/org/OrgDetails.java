package com.setupflow.provisioning.org;

/**
 * What a person states and verifies about an organisation.
 *
 * @param name the organisation's name
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param addressLine street and number; {@code null} for a customer added in the portal
 * @param city the city
 * @param postalCode the postal code
 */
public record OrgDetails(String name, String country, String addressLine, String city, String postalCode) {

}
