package com.setupflow.provisioning.wizard;

import com.setupflow.provisioning.org.OrgDetails;

/**
 * The answers given before installation. They travel with every request (hidden fields on
 * pages, the body in the API) and are stored nowhere: leaving the wizard saves nothing.
 *
 * @param role {@code PARTNER}, {@code CUSTOMER} or {@code OTHER}
 * @param who who sets up: {@code ME}, {@code COLLEAGUE} or {@code CUSTOMER}
 * @param delegateEmail the colleague's or the customer admin's address when handing over
 * @param partnerOrgVerdict on an existing partner org: {@code CONFIRMED} or
 * {@code NOT_RECOGNISED}
 * @param partnerOrg the details of a new partner org
 * @param customerAdminEmail the customer org's admin
 * @param customerOrgVerdict on an existing customer org: {@code CONFIRMED}
 * @param customerOrg the details of a new customer org
 */
public record SetupDraft(String role, String who, String delegateEmail, String partnerOrgVerdict, OrgDetails partnerOrg,
		String customerAdminEmail, String customerOrgVerdict, OrgDetails customerOrg) {

	public static final String PARTNER = "PARTNER";

	public static final String ME = "ME";

	public static final String COLLEAGUE = "COLLEAGUE";

	public static final String CUSTOMER = "CUSTOMER";

	public static final String CONFIRMED = "CONFIRMED";

	public static final String NOT_RECOGNISED = "NOT_RECOGNISED";

	public static SetupDraft empty() {
		return new SetupDraft(null, null, null, null, null, null, null, null);
	}

	public SetupDraft withPartnerOrg(OrgDetails details) {
		return new SetupDraft(this.role, this.who, this.delegateEmail, this.partnerOrgVerdict, details,
				this.customerAdminEmail, this.customerOrgVerdict, this.customerOrg);
	}

	public SetupDraft withCustomerOrg(OrgDetails details) {
		return new SetupDraft(this.role, this.who, this.delegateEmail, this.partnerOrgVerdict, this.partnerOrg,
				this.customerAdminEmail, this.customerOrgVerdict, details);
	}

}
