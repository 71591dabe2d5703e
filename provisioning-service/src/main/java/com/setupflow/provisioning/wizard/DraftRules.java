package com.setupflow.provisioning.wizard;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.setupflow.provisioning.casefile.SetupBy;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.input.Issues;
import com.setupflow.provisioning.input.TextRules;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.org.OrgKind;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.wizard.EmailOwners.Owner;

/**
 * The rules of the steps before installation. A step is checked with every step before
 * it, because the draft comes back from the client each time and only the server's checks
 * count.
 */
@Component
class DraftRules {

	private static final Set<String> ROLES = Set.of(SetupDraft.PARTNER, "CUSTOMER", "OTHER");

	private static final Set<String> WHO = Set.of(SetupDraft.ME, SetupDraft.COLLEAGUE, SetupDraft.CUSTOMER);

	private final EmailOwners owners;

	DraftRules(EmailOwners owners) {
		this.owners = owners;
	}

	/**
	 * Checks the draft up to {@code upTo}. The role and who-sets-up answers must be the
	 * ones that lead on ("I am a partner", "Yes, I will") once a later step is checked.
	 * @throws InputRejected naming every field that breaks a rule
	 */
	CheckedDraft check(SetupContext context, SetupDraft draft, DraftStep upTo) {
		SetupBy setupBy = context.setupCase().getSetupBy();
		Issues issues = new Issues();
		Org existingPartnerOrg = null;
		OrgDetails newPartnerOrg = null;
		String adminEmail = null;
		Org existingCustomerOrg = null;
		OrgDetails newCustomerOrg = null;
		for (DraftStep step : upTo.upTo(setupBy)) {
			boolean last = step == upTo;
			switch (step) {
				case ROLE -> checkRole(issues, draft, last);
				case WHO -> checkWho(issues, context, draft, last);
				case PARTNER_ORG -> {
					existingPartnerOrg = context.partnerOrg();
					newPartnerOrg = checkPartnerOrg(issues, context, draft, last);
				}
				case CUSTOMER_ADMIN -> adminEmail = checkCustomerAdmin(issues, context, draft);
				case CUSTOMER_ORG -> {
					if (setupBy == SetupBy.CUSTOMER) {
						adminEmail = OrgUser.normalise(context.recipientEmail());
					}
					existingCustomerOrg = (adminEmail != null) ? customerOrgOf(context, adminEmail) : null;
					newCustomerOrg = checkCustomerOrg(issues, draft, existingCustomerOrg);
				}
				case CONFIRM -> {
				}
			}
		}
		issues.throwIfAny();
		return new CheckedDraft(existingPartnerOrg, newPartnerOrg, adminEmail, existingCustomerOrg, newCustomerOrg);
	}

	/**
	 * The existing customer org an admin address leads to: one this partner manages (or,
	 * when the customer sets up, one nobody manages). Anything else was refused already.
	 */
	Org customerOrgOf(SetupContext context, String adminEmail) {
		return this.owners.find(adminEmail)
			.map(Owner::org)
			.filter((org) -> org.getKind() == OrgKind.CUSTOMER)
			.filter((org) -> mayUse(context, org))
			.orElse(null);
	}

	private static void checkRole(Issues issues, SetupDraft draft, boolean last) {
		if (draft.role() == null || !ROLES.contains(draft.role())) {
			issues.add("role", "choice", "error.choice");
		}
		else if (!last && !SetupDraft.PARTNER.equals(draft.role())) {
			issues.add("role", "partner-only", "error.partnerOnly");
		}
	}

	private void checkWho(Issues issues, SetupContext context, SetupDraft draft, boolean last) {
		if (draft.who() == null || !WHO.contains(draft.who())) {
			issues.add("who", "choice", "error.choice");
			return;
		}
		if (SetupDraft.ME.equals(draft.who())) {
			return;
		}
		if (!last) {
			issues.add("who", "hand-over-first", "error.handOverFirst");
			return;
		}
		String email = TextRules.email(issues, "delegateEmail", draft.delegateEmail());
		if (email == null) {
			return;
		}
		if (email.equals(OrgUser.normalise(context.recipientEmail()))) {
			issues.add("delegateEmail", "someone-else", "error.sameAsYou");
			return;
		}
		Optional<Owner> owner = this.owners.find(email);
		boolean refused = SetupDraft.COLLEAGUE.equals(draft.who())
				? owner.filter((found) -> !isPartnerOrg(context, found.org())).isPresent()
				: owner.filter((found) -> !mayUse(context.partnerOrg(), SetupBy.CUSTOMER, found.org())).isPresent();
		if (refused) {
			issues.add("delegateEmail", "one-org-per-address", "error.emailInOtherOrg", email);
		}
	}

	private OrgDetails checkPartnerOrg(Issues issues, SetupContext context, SetupDraft draft, boolean last) {
		if (context.partnerOrg() != null) {
			String verdict = draft.partnerOrgVerdict();
			if (!SetupDraft.CONFIRMED.equals(verdict) && !SetupDraft.NOT_RECOGNISED.equals(verdict)) {
				issues.add("partnerOrgVerdict", "choice", "error.choice");
			}
			else if (!last && SetupDraft.NOT_RECOGNISED.equals(verdict)) {
				issues.add("partnerOrgVerdict", "confirmed", "error.partnerOrgNotConfirmed");
			}
			return null;
		}
		if (context.setupCase().getPartner() == null || context.setupCase().getPartner().id() == null) {
			// A partner org is keyed by the commerce system's partner id; without one the
			// rep must sort the order out first.
			issues.add("partnerOrg", "partner-known", "error.partnerUnknown");
			return null;
		}
		OrgDetails details = TextRules.org(issues, "partnerOrg", draft.partnerOrg());
		// The person setting up becomes the new org's first admin: their address must be
		// free.
		this.owners.find(context.recipientEmail())
			.ifPresent((owner) -> issues.add("partnerOrg", "one-org-per-address", "error.youBelongElsewhere",
					context.recipientEmail()));
		return details;
	}

	private String checkCustomerAdmin(Issues issues, SetupContext context, SetupDraft draft) {
		String email = TextRules.email(issues, "customerAdminEmail", draft.customerAdminEmail());
		if (email == null) {
			return null;
		}
		if (context.partnerOrg() == null && email.equals(OrgUser.normalise(context.recipientEmail()))) {
			issues.add("customerAdminEmail", "one-org-per-address", "error.addressIsPartnerAdmin", email);
			return null;
		}
		Optional<Owner> owner = this.owners.find(email);
		if (owner.isPresent() && !mayUse(context, owner.get().org())) {
			issues.add("customerAdminEmail", "one-org-per-address", "error.emailInOtherOrg", email);
			return null;
		}
		return email;
	}

	private static OrgDetails checkCustomerOrg(Issues issues, SetupDraft draft, Org existing) {
		if (existing != null) {
			if (!SetupDraft.CONFIRMED.equals(draft.customerOrgVerdict())) {
				issues.add("customerOrgVerdict", "confirmed", "error.confirmCustomerOrg");
			}
			return null;
		}
		return TextRules.org(issues, "customerOrg", draft.customerOrg());
	}

	private static boolean mayUse(SetupContext context, Org org) {
		return mayUse(context.partnerOrg(), context.setupCase().getSetupBy(), org);
	}

	/**
	 * Whether a customer org may receive this order: one the partner manages when the
	 * partner sets up, one nobody manages when the customer does.
	 */
	private static boolean mayUse(Org partnerOrg, SetupBy setupBy, Org org) {
		if (org.getKind() != OrgKind.CUSTOMER) {
			return false;
		}
		if (setupBy == SetupBy.CUSTOMER) {
			return org.getManagingPartnerOrgId() == null;
		}
		return partnerOrg != null && org.isManagedBy(partnerOrg.getId());
	}

	private static boolean isPartnerOrg(SetupContext context, Org org) {
		return context.partnerOrg() != null && context.partnerOrg().getId().equals(org.getId());
	}

}
