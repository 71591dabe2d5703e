package com.setupflow.provisioning.wizard.web;

import java.util.List;
import java.util.Map;

import com.setupflow.provisioning.wizard.DraftStep;
import com.setupflow.provisioning.wizard.SetupDraft;

/**
 * What the page of one step before installation shows.
 *
 * @param token the link's token, for the form's address
 * @param step the step shown
 * @param stepNumber its position on the reader's path, from 1
 * @param stepCount the steps on the path
 * @param draft the answers so far
 * @param hidden the other steps' answers, carried along
 * @param order the order
 * @param partnerOrg the partner org on record, or {@code null}
 * @param customerOrg the existing customer org the draft leads to, or {@code null}
 * @param newPartnerOrg the partner org to create as typed, or {@code null}
 * @param newCustomerOrg the customer org to create as typed, or {@code null}
 * @param recipientEmail who the link was sent to
 * @param errors the message of each field that breaks a rule
 * @param countries the country choices
 */
record DraftPage(String token, DraftStep step, int stepNumber, int stepCount, SetupDraft draft,
		List<HiddenDraft.Field> hidden, OrderSummary order, OrgView partnerOrg, OrgView customerOrg,
		OrgView newPartnerOrg, OrgView newCustomerOrg, String recipientEmail, Map<String, String> errors,
		List<Countries.Country> countries) {

	public String slug() {
		return this.step.slug();
	}

	public boolean isFirst() {
		return this.stepNumber == 1;
	}

	public String error(String field) {
		return this.errors.get(field);
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

}
