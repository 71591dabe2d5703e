package com.setupflow.provisioning.wizard;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.input.Issues;
import com.setupflow.provisioning.input.TextRules;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.subscription.CallingSettings;
import com.setupflow.provisioning.subscription.MeetingSettings;
import com.setupflow.provisioning.subscription.ConnectionRules;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * Service setup after installation: each step is saved on its own and can be saved again
 * until the services are deployed.
 */
@Service
public class ServiceSetup {

	private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private static final Set<String> MEETING_LANGUAGES = Set.of("en", "fr");

	private final SetupContexts contexts;

	private final Subscriptions subscriptions;

	private final Orgs orgs;

	private final ServiceSteps steps;

	ServiceSetup(SetupContexts contexts, Subscriptions subscriptions, Orgs orgs, ServiceSteps steps) {
		this.contexts = contexts;
		this.subscriptions = subscriptions;
		this.orgs = orgs;
		this.steps = steps;
	}

	@Transactional
	public void saveCalling(String token, CallingSettings given) {
		Subscription subscription = pendingSubscription(token);
		Issues issues = new Issues();
		String location = TextRules.line(issues, "location", given.location(), 100);
		String number = (given.emergencyNumber() != null) ? given.emergencyNumber().replace(" ", "") : null;
		if (number == null || number.isEmpty()) {
			issues.add("emergencyNumber", "required", "error.required");
		}
		else if (!E164.matcher(number).matches()) {
			issues.add("emergencyNumber", "e164", "error.e164");
		}
		issues.throwIfAny();
		subscription.saveCalling(new CallingSettings(location, number, Boolean.TRUE.equals(given.voicemail())));
		this.subscriptions.save(subscription);
	}

	@Transactional
	public void saveMeetings(String token, MeetingSettings given) {
		Subscription subscription = pendingSubscription(token);
		if (given.language() == null || !MEETING_LANGUAGES.contains(given.language())) {
			throw new InputRejected(new FieldIssue("language", "choice", "error.choice", List.of()));
		}
		subscription.saveMeetings(new MeetingSettings(given.language(), Boolean.TRUE.equals(given.guestsAllowed()),
				Boolean.TRUE.equals(given.recording())));
		this.subscriptions.save(subscription);
	}

	/**
	 * "Check availability": whether the subdomain may be saved now. Saving checks again,
	 * and the database's unique index settles a race between two orders.
	 * @throws InputRejected when the subdomain is malformed or taken
	 */
	@Transactional
	public String checkSubdomain(String token, String subdomain) {
		Subscription subscription = pendingSubscription(token);
		return available(subscription, subdomain);
	}

	@Transactional
	public void saveSubdomain(String token, String subdomain) {
		Subscription subscription = pendingSubscription(token);
		String label = available(subscription, subdomain);
		Org customerOrg = this.orgs.findById(subscription.getCustomerOrgId()).orElseThrow();
		if (label.equals(customerOrg.getSubdomain())) {
			return;
		}
		if (customerOrg.getSubdomain() != null) {
			throw new InputRejected(
					new FieldIssue("subdomain", "fixed", "error.subdomainFixed", List.of(customerOrg.getSubdomain())));
		}
		customerOrg.chooseSubdomain(label);
		try {
			this.orgs.save(customerOrg);
		}
		catch (DuplicateKeyException ex) {
			throw taken(label);
		}
	}

	@Transactional
	public void saveConnectionOptions(String token, Set<ConnectionOption> chosen) {
		Subscription subscription = pendingSubscription(token);
		Set<ConnectionOption> offered = this.steps.connectionOptionsOf(subscription.getItems());
		Set<ConnectionOption> options = ConnectionRules.check(chosen, offered);
		subscription.saveConnectionOptions(options);
		this.subscriptions.save(subscription);
	}

	private String available(Subscription subscription, String subdomain) {
		Issues issues = new Issues();
		String label = SubdomainRules.check(issues, subdomain);
		issues.throwIfAny();
		Org customerOrg = this.orgs.findById(subscription.getCustomerOrgId()).orElseThrow();
		if (!label.equals(customerOrg.getSubdomain()) && this.orgs.subdomainTaken(label)) {
			throw taken(label);
		}
		return label;
	}

	private static InputRejected taken(String label) {
		return new InputRejected(new FieldIssue("subdomain", "available", "error.subdomainTaken", List.of(label)));
	}

	private Subscription pendingSubscription(String token) {
		SetupContext context = this.contexts.enter(token);
		if (!context.setupCase().isInstalled()) {
			throw new StepConflict("Order " + context.setupCase().getOrderNumber() + " is not installed yet");
		}
		Subscription subscription = this.subscriptions.findByOrderId(context.setupCase().getOrderId()).orElseThrow();
		if (subscription.getDeployedAt() != null) {
			throw new StepConflict("Order " + context.setupCase().getOrderNumber() + " is deployed");
		}
		return subscription;
	}

}
