package com.setupflow.provisioning.wizard;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.casefile.CaseStatus;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.SetupBy;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * Reads where a setup stands, and checks the steps before installation (which save
 * nothing). Opening counts as the link's use: the first one records that setup started.
 */
@Service
public class SetupProgress {

	private final SetupContexts contexts;

	private final DraftRules rules;

	private final Subscriptions subscriptions;

	private final Orgs orgs;

	private final OrgUsers users;

	private final ServiceSteps steps;

	SetupProgress(SetupContexts contexts, DraftRules rules, Subscriptions subscriptions, Orgs orgs, OrgUsers users,
			ServiceSteps steps) {
		this.contexts = contexts;
		this.rules = rules;
		this.subscriptions = subscriptions;
		this.orgs = orgs;
		this.users = users;
		this.steps = steps;
	}

	/**
	 * @throws LinkNotUsable when the link opens nothing
	 */
	@Transactional
	public SetupState state(String token) {
		return stateOf(this.contexts.enter(token));
	}

	/**
	 * Checks the draft up to {@code step}, saving nothing.
	 * @return the existing customer org the draft's admin address leads to, or
	 * {@code null} for a new one
	 * @throws InputRejected naming the fields that break a rule
	 */
	@Transactional
	public Org check(String token, SetupDraft draft, DraftStep step) {
		SetupContext context = this.contexts.enter(token);
		if (context.setupCase().isInstalled()) {
			throw new StepConflict("Order " + context.setupCase().getOrderNumber() + " is installed");
		}
		CheckedDraft checked = this.rules.check(context, draft, step);
		return (checked.customerAdminEmail() != null) ? this.rules.customerOrgOf(context, checked.customerAdminEmail())
				: null;
	}

	/**
	 * The existing customer org the draft leads to (by its admin address, or the
	 * customer's own when the customer sets up), without checking the draft.
	 */
	@Transactional
	public Org existingCustomerOrg(String token, SetupDraft draft) {
		SetupContext context = this.contexts.enter(token);
		String adminEmail = (context.setupCase().getSetupBy() == SetupBy.CUSTOMER) ? context.recipientEmail()
				: draft.customerAdminEmail();
		return (adminEmail != null && !adminEmail.isBlank())
				? this.rules.customerOrgOf(context, OrgUser.normalise(adminEmail)) : null;
	}

	private SetupState stateOf(SetupContext context) {
		ProvisioningCase setupCase = context.setupCase();
		if (!setupCase.isInstalled()) {
			return new SetupState(setupCase, context.recipientEmail(), Stage.DRAFT, context.partnerOrg(), null, null,
					List.of(), EnumSet.noneOf(ConnectionOption.class));
		}
		Subscription subscription = this.subscriptions.findByOrderId(setupCase.getOrderId()).orElseThrow();
		Org customerOrg = this.orgs.findById(subscription.getCustomerOrgId()).orElseThrow();
		List<StepState> stepStates = this.steps.of(subscription.getItems())
			.stream()
			.map((step) -> new StepState(step, ServiceSteps.isDone(step, subscription, customerOrg)))
			.toList();
		return new SetupState(setupCase, context.recipientEmail(), stageOf(context), context.partnerOrg(), subscription,
				customerOrg, stepStates, this.steps.connectionOptionsOf(subscription.getItems()));
	}

	private Stage stageOf(SetupContext context) {
		if (context.setupCase().getStatus() == CaseStatus.DEPLOYED) {
			return Stage.DEPLOYED;
		}
		boolean passwordNeeded = this.users.findByEmail(context.recipientEmail())
			.map((user) -> !user.hasPassword())
			.orElse(false);
		return passwordNeeded ? Stage.PASSWORD : Stage.SERVICES;
	}

}
