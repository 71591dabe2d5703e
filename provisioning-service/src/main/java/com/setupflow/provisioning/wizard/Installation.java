package com.setupflow.provisioning.wizard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.CustomerOrgCreated;
import com.setupflow.events.provisioning.OrderInstalled;
import com.setupflow.events.provisioning.PartnerOrgCreated;
import com.setupflow.events.provisioning.ProvisioningEvent;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.ProvisioningCases;
import com.setupflow.provisioning.casefile.SetupBy;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.invitation.Invitations;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUserRole;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * "Your order was installed successfully": the point of no return. The orgs, their admin
 * users and the subscription are created in one transaction with the events that say so;
 * a rule broken anywhere, or an address taken by a concurrent installation, leaves
 * nothing behind.
 */
@Service
public class Installation {

	private final SetupContexts contexts;

	private final DraftRules rules;

	private final Orgs orgs;

	private final OrgUsers users;

	private final Subscriptions subscriptions;

	private final ProvisioningCases cases;

	private final Outbox outbox;

	private final Invitations invitations;

	private final Clock clock;

	Installation(SetupContexts contexts, DraftRules rules, Orgs orgs, OrgUsers users, Subscriptions subscriptions,
			ProvisioningCases cases, Outbox outbox, Invitations invitations, Clock clock) {
		this.contexts = contexts;
		this.rules = rules;
		this.orgs = orgs;
		this.users = users;
		this.subscriptions = subscriptions;
		this.cases = cases;
		this.outbox = outbox;
		this.invitations = invitations;
		this.clock = clock;
	}

	/**
	 * Installs the order as the draft says.
	 * @return the new subscription's id
	 * @throws InputRejected when the draft breaks a rule
	 * @throws StepConflict when the order is installed already
	 */
	@Transactional
	public UUID install(String token, SetupDraft draft) {
		SetupContext context = this.contexts.enter(token);
		ProvisioningCase setupCase = context.setupCase();
		if (setupCase.isInstalled()) {
			throw new StepConflict("Order " + setupCase.getOrderNumber() + " is installed already");
		}
		CheckedDraft checked = this.rules.check(context, draft, DraftStep.CONFIRM);
		try {
			return create(context, checked);
		}
		catch (DuplicateKeyException ex) {
			// Another installation took an address or created the partner org between
			// the checks and the inserts; this one rolls back whole.
			throw new InputRejected(
					new FieldIssue((checked.newPartnerOrg() != null) ? "partnerOrg" : "customerAdminEmail",
							"one-org-per-address", "error.takenMeanwhile", List.of()));
		}
	}

	private UUID create(SetupContext context, CheckedDraft checked) {
		ProvisioningCase setupCase = context.setupCase();
		Instant now = this.clock.instant();
		List<ProvisioningEvent> events = new ArrayList<>();
		Org partnerOrg = checked.existingPartnerOrg();
		if (checked.newPartnerOrg() != null) {
			partnerOrg = this.orgs.save(Org.newPartner(setupCase.getPartner().id(), checked.newPartnerOrg(), now));
			OrgUser admin = this.users
				.save(OrgUser.invite(partnerOrg.getId(), context.recipientEmail(), OrgUserRole.PARTNER_ADMIN, now));
			events.add(new PartnerOrgCreated(setupCase.getOrderId(), setupCase.getOrderNumber(), partnerOrg.getId(),
					partnerOrg.getPartnerId(), partnerOrg.getName(), partnerOrg.getDetails().country(),
					admin.getEmail()));
		}
		// "The customer will set up": the customer org is the customer's alone.
		UUID managingOrgId = (setupCase.getSetupBy() == SetupBy.PARTNER) ? partnerOrg.getId() : null;
		Org customerOrg = checked.existingCustomerOrg();
		if (customerOrg == null) {
			customerOrg = this.orgs.save(Org.newCustomer(checked.newCustomerOrg(), managingOrgId, now));
			OrgUser customerAdmin = this.users.save(
					OrgUser.invite(customerOrg.getId(), checked.customerAdminEmail(), OrgUserRole.CUSTOMER_ADMIN, now));
			// Whoever sets up chooses a password in the wizard; anyone else named as the
			// customer's admin is invited to choose theirs.
			if (!customerAdmin.getEmail().equalsIgnoreCase(context.recipientEmail())) {
				this.invitations.invite(customerAdmin, customerOrg, invitingPartnerName(setupCase, partnerOrg),
						Locale.forLanguageTag(setupCase.getLocale()), setupCase.getOrderId());
			}
			events.add(new CustomerOrgCreated(setupCase.getOrderId(), setupCase.getOrderNumber(), customerOrg.getId(),
					customerOrg.getName(), customerOrg.getDetails().country(), checked.customerAdminEmail(),
					managingOrgId));
		}
		List<SubscriptionItem> items = setupCase.getItems()
			.stream()
			.map((item) -> new SubscriptionItem(item.sku(), item.quantity()))
			.toList();
		Subscription subscription = this.subscriptions
			.save(Subscription.install(setupCase.getOrderId(), customerOrg.getId(), managingOrgId,
					(setupCase.getPartner() != null) ? setupCase.getPartner().id() : null, items, now));
		setupCase.install(now);
		this.cases.save(setupCase);
		events.add(new OrderInstalled(setupCase.getOrderId(), setupCase.getOrderNumber(), subscription.getId(),
				managingOrgId, customerOrg.getId(), context.recipientEmail(), now));
		String orderId = setupCase.getOrderId().toString();
		String causationId = RequestIds.current();
		this.outbox.appendAll(Topics.PROVISIONING,
				events.stream().map((event) -> EventEnvelope.wrap(event, orderId, orderId, causationId, now)).toList());
		return subscription.getId();
	}

	private static String invitingPartnerName(ProvisioningCase setupCase, Org partnerOrg) {
		if (partnerOrg != null) {
			return partnerOrg.getName();
		}
		return (setupCase.getPartner() != null) ? setupCase.getPartner().name() : null;
	}

}
