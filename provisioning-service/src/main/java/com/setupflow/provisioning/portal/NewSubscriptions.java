package com.setupflow.provisioning.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.catalogue.Product;
import com.setupflow.catalogue.ProductCatalogue;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.subscription.CustomerSubscriptionCreated;
import com.setupflow.events.subscription.SubscriptionEvent;
import com.setupflow.events.subscription.TrialStarted;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.input.Issues;
import com.setupflow.provisioning.input.TextRules;
import com.setupflow.provisioning.invitation.Invitations;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUserRole;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.security.OrgUserDetails;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * A partner admin adds a customer subscription: the customer org (a new one, or the one
 * the partner already manages under that name), the subscription with its trial started,
 * the customer contact's invitation when the customer may edit, and the events, all in
 * one transaction. Input that breaks a rule writes nothing.
 */
@Service
public class NewSubscriptions {

	private final ProductCatalogue catalogue;

	private final Orgs orgs;

	private final OrgUsers users;

	private final Subscriptions subscriptions;

	private final Invitations invitations;

	private final Outbox outbox;

	private final Clock clock;

	NewSubscriptions(ProductCatalogue catalogue, Orgs orgs, OrgUsers users, Subscriptions subscriptions,
			Invitations invitations, Outbox outbox, Clock clock) {
		this.catalogue = catalogue;
		this.orgs = orgs;
		this.users = users;
		this.subscriptions = subscriptions;
		this.invitations = invitations;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** The products a partner may add in the portal: those with a trial. */
	public List<Product> products() {
		return this.catalogue.all().stream().filter(Product::hasTrial).toList();
	}

	/**
	 * @return the new subscription's id
	 * @throws InputRejected when the input breaks a rule
	 * @throws com.setupflow.platform.web.NotFoundException when the user is no partner
	 * admin
	 */
	@Transactional
	public UUID create(OrgUserDetails partnerAdmin, NewSubscription request, Locale locale) {
		Org partnerOrg = PartnerOrgs.of(partnerAdmin, this.orgs);
		Checked checked = check(partnerOrg, request);
		Instant now = this.clock.instant();
		Org customerOrg = checked.existingCustomerOrg()
			.orElseGet(() -> this.orgs.save(Org.newPortalCustomer(checked.companyName(),
					partnerOrg.getDetails().country(), partnerOrg.getId(), now)));
		Product product = checked.product();
		Subscription subscription = this.subscriptions.save(Subscription.startTrial(customerOrg.getId(),
				partnerOrg.getId(), partnerOrg.getPartnerId(), new SubscriptionItem(product.sku(), checked.users()),
				request.customerCanEdit(), now, Duration.ofDays(product.trialDays()), locale.getLanguage()));
		if (request.customerCanEdit()) {
			inviteContact(checked, customerOrg, partnerOrg, subscription, locale, now);
		}
		record(subscription,
				new CustomerSubscriptionCreated(subscription.getId(), partnerOrg.getId(), partnerOrg.getPartnerId(),
						customerOrg.getId(), customerOrg.getName(), product.sku(), checked.users(),
						request.customerCanEdit(), now),
				now);
		record(subscription, new TrialStarted(subscription.getId(), customerOrg.getId(), product.sku(), now,
				subscription.getTrialEndsAt()), now);
		return subscription.getId();
	}

	private void inviteContact(Checked checked, Org customerOrg, Org partnerOrg, Subscription subscription,
			Locale locale, Instant now) {
		OrgUser contact = checked.existingContact().orElse(null);
		if (contact == null) {
			try {
				contact = this.users.save(OrgUser.invite(customerOrg.getId(), checked.contactEmail(),
						checked.contactName(), OrgUserRole.CUSTOMER_ADMIN, now));
			}
			catch (DuplicateKeyException ex) {
				// Another org took the address between the check and the insert.
				throw new InputRejected(
						new FieldIssue("contactEmail", "one-org-per-address", "error.takenMeanwhile", List.of()));
			}
		}
		if (!contact.hasPassword()) {
			this.invitations.invite(contact, customerOrg, partnerOrg.getName(), locale, subscription.getId());
		}
	}

	private void record(Subscription subscription, SubscriptionEvent event, Instant now) {
		String id = subscription.getId().toString();
		this.outbox.append(Topics.PROVISIONING, EventEnvelope.wrap(event, id, id, RequestIds.current(), now));
	}

	private Checked check(Org partnerOrg, NewSubscription request) {
		Issues issues = new Issues();
		// No product chosen is "choose one", not a lookup of nothing.
		Product product = Optional.ofNullable(request.product())
			.flatMap((sku) -> this.catalogue.find(sku.strip()))
			.filter(Product::hasTrial)
			.orElse(null);
		if (product == null) {
			issues.add("product", "portal-product", "error.choice");
		}
		String companyName = TextRules.line(issues, "companyName", request.companyName(), 200);
		Integer users = UserCounts.check(issues, "users", request.users(),
				(product != null) ? product.maxUsers() : Integer.MAX_VALUE);
		Optional<Org> existingCustomerOrg = issues.has("companyName") ? Optional.empty()
				: this.orgs.findManagedCustomersNamed(partnerOrg.getId(), companyName).stream().findFirst();
		String contactName = null;
		String contactEmail = null;
		Optional<OrgUser> existingContact = Optional.empty();
		if (request.customerCanEdit()) {
			contactName = TextRules.line(issues, "contactName", request.contactName(), 200);
			contactEmail = TextRules.email(issues, "contactEmail", request.contactEmail());
			if (contactEmail != null) {
				existingContact = this.users.findByEmail(contactEmail);
				boolean ownOrg = existingContact.isPresent() && existingCustomerOrg.isPresent()
						&& existingContact.get().getOrgId().equals(existingCustomerOrg.get().getId());
				if (existingContact.isPresent() && !ownOrg) {
					issues.add("contactEmail", "one-org-per-address", "error.emailInOtherOrg", contactEmail);
				}
			}
		}
		issues.throwIfAny();
		return new Checked(product, companyName, users, existingCustomerOrg, contactName, contactEmail,
				existingContact);
	}

	private record Checked(Product product, String companyName, int users, Optional<Org> existingCustomerOrg,
			String contactName, String contactEmail, Optional<OrgUser> existingContact) {
	}

}
