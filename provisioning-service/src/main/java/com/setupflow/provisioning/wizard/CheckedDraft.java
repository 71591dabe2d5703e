package com.setupflow.provisioning.wizard;

import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgDetails;

/**
 * A draft that passed every rule, cleaned up, with the orgs it names resolved.
 *
 * @param existingPartnerOrg the partner org confirmed, or {@code null} when a new one is
 * created (or none, when the customer sets up)
 * @param newPartnerOrg the details of the partner org to create, or {@code null}
 * @param customerAdminEmail the customer org's admin, lower case
 * @param existingCustomerOrg the customer org confirmed, or {@code null}
 * @param newCustomerOrg the details of the customer org to create, or {@code null}
 */
record CheckedDraft(Org existingPartnerOrg, OrgDetails newPartnerOrg, String customerAdminEmail,
		Org existingCustomerOrg, OrgDetails newCustomerOrg) {

}
