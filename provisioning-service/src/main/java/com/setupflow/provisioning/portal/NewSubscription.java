package com.setupflow.provisioning.portal;

/**
 * What a partner admin fills in to add a customer subscription, as typed: the rules check
 * every field, so pages and the API give the same answers.
 *
 * @param product the catalogue SKU
 * @param companyName the customer's company name
 * @param users the exact number of users, as typed
 * @param customerCanEdit whether the customer's admin may edit signatures
 * @param contactName the customer contact's name (when {@code customerCanEdit})
 * @param contactEmail the customer contact's address, who is invited to sign in (when
 * {@code customerCanEdit})
 */
public record NewSubscription(String product, String companyName, String users, boolean customerCanEdit,
		String contactName, String contactEmail) {

}
