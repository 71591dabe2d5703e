package com.setupflow.provisioning.wizard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.SetupDelegated;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.ProvisioningCases;
import com.setupflow.provisioning.casefile.SetupBy;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.link.IssueReason;
import com.setupflow.provisioning.link.SetupLinkIssuer;
import com.setupflow.provisioning.org.OrgUser;

/**
 * "Another person in my company" and "The customer will": the setup goes to someone else
 * with a link of their own, and every earlier link stops working.
 */
@Service
public class Delegation {

	private final SetupContexts contexts;

	private final DraftRules rules;

	private final ProvisioningCases cases;

	private final SetupLinkIssuer links;

	private final Outbox outbox;

	private final Clock clock;

	Delegation(SetupContexts contexts, DraftRules rules, ProvisioningCases cases, SetupLinkIssuer links, Outbox outbox,
			Clock clock) {
		this.contexts = contexts;
		this.rules = rules;
		this.cases = cases;
		this.links = links;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Hands the setup over as the draft's who-sets-up answer says.
	 * @return the address the new link goes to
	 * @throws InputRejected when the answer or the address breaks a rule
	 */
	@Transactional
	public String handOver(String token, SetupDraft draft) {
		SetupContext context = this.contexts.enter(token);
		ProvisioningCase setupCase = context.setupCase();
		if (setupCase.isInstalled()) {
			throw new StepConflict("Order " + setupCase.getOrderNumber() + " is installed");
		}
		if (setupCase.getSetupBy() == SetupBy.CUSTOMER || SetupDraft.ME.equals(draft.who())) {
			throw new InputRejected(new FieldIssue("who", "choice", "error.choice", List.of()));
		}
		this.rules.check(context, draft, DraftStep.WHO);
		String email = OrgUser.normalise(draft.delegateEmail());
		boolean toCustomer = SetupDraft.CUSTOMER.equals(draft.who());
		Instant now = this.clock.instant();
		setupCase.delegate(toCustomer ? SetupBy.CUSTOMER : SetupBy.PARTNER, email, now);
		this.cases.save(setupCase);
		String orderId = setupCase.getOrderId().toString();
		EventEnvelope delegated = EventEnvelope.wrap(
				new SetupDelegated(setupCase.getOrderId(), setupCase.getOrderNumber(),
						toCustomer ? "CUSTOMER" : "COLLEAGUE", email, context.recipientEmail(), now),
				orderId, orderId, RequestIds.current(), now);
		this.outbox.append(Topics.PROVISIONING, delegated);
		this.links.issueDelegated(setupCase,
				toCustomer ? IssueReason.DELEGATED_TO_CUSTOMER : IssueReason.DELEGATED_TO_COLLEAGUE,
				context.recipientEmail(), delegated.eventId().toString());
		return email;
	}

}
