package com.setupflow.provisioning.portal.web.api;

import com.setupflow.provisioning.portal.NewSubscription;

/**
 * A new customer subscription.
 *
 * @param product the catalogue SKU: {@code SIG-M365} or {@code SIG-GWS}
 * @param companyName the customer's company name
 * @param users the exact number of users
 * @param customerCanEdit whether the customer's admin may edit signatures (and is
 * invited)
 * @param customerContact who is invited, when {@code customerCanEdit}
 */
record NewSubscriptionRequest(String product, String companyName, Integer users, Boolean customerCanEdit,
		Contact customerContact) {

	NewSubscription toNewSubscription() {
		Contact contact = (this.customerContact != null) ? this.customerContact : new Contact(null, null);
		return new NewSubscription(this.product, this.companyName, (this.users != null) ? this.users.toString() : null,
				Boolean.TRUE.equals(this.customerCanEdit), contact.name(), contact.email());
	}

	/**
	 * The customer's contact.
	 *
	 * @param name their name
	 * @param email their address, which becomes their username
	 */
	record Contact(String name, String email) {
	}

}
