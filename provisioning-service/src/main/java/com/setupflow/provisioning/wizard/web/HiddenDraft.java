package com.setupflow.provisioning.wizard.web;

import java.util.ArrayList;
import java.util.List;

import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.wizard.DraftStep;
import com.setupflow.provisioning.wizard.SetupDraft;

/**
 * The answers of the other steps, carried as hidden fields through the page of one step:
 * the server keeps no draft, so leaving the wizard leaves nothing behind.
 */
final class HiddenDraft {

	private HiddenDraft() {
	}

	/**
	 * The fields to carry; a colleague's address is not, since handing over ends the
	 * draft.
	 */
	static List<Field> of(SetupDraft draft, DraftStep shown) {
		List<Field> fields = new ArrayList<>();
		add(fields, shown, DraftStep.ROLE, "role", draft.role());
		add(fields, shown, DraftStep.WHO, "who", draft.who());
		add(fields, shown, DraftStep.PARTNER_ORG, "partnerOrgVerdict", draft.partnerOrgVerdict());
		addOrg(fields, shown, DraftStep.PARTNER_ORG, "partnerOrg", draft.partnerOrg());
		add(fields, shown, DraftStep.CUSTOMER_ADMIN, "customerAdminEmail", draft.customerAdminEmail());
		add(fields, shown, DraftStep.CUSTOMER_ORG, "customerOrgVerdict", draft.customerOrgVerdict());
		addOrg(fields, shown, DraftStep.CUSTOMER_ORG, "customerOrg", draft.customerOrg());
		return fields;
	}

	private static void addOrg(List<Field> fields, DraftStep shown, DraftStep owner, String prefix, OrgDetails org) {
		if (org == null) {
			return;
		}
		add(fields, shown, owner, prefix + ".name", org.name());
		add(fields, shown, owner, prefix + ".country", org.country());
		add(fields, shown, owner, prefix + ".addressLine", org.addressLine());
		add(fields, shown, owner, prefix + ".city", org.city());
		add(fields, shown, owner, prefix + ".postalCode", org.postalCode());
	}

	private static void add(List<Field> fields, DraftStep shown, DraftStep owner, String name, String value) {
		if (shown != owner && value != null) {
			fields.add(new Field(name, value));
		}
	}

	/**
	 * One hidden input.
	 *
	 * @param name its name
	 * @param value its value
	 */
	record Field(String name, String value) {
	}

}
