package com.setupflow.provisioning.wizard;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.ProvisioningCases;

/**
 * "I don't recognise this organisation": the wizard stops, creates nothing, and the
 * account rep is alerted once, however often the button is pressed.
 */
@Service
public class PartnerDispute {

	private final SetupContexts contexts;

	private final ProvisioningCases cases;

	private final Outbox outbox;

	private final Clock clock;

	PartnerDispute(SetupContexts contexts, ProvisioningCases cases, Outbox outbox, Clock clock) {
		this.contexts = contexts;
		this.cases = cases;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public void report(String token) {
		SetupContext context = this.contexts.enter(token);
		ProvisioningCase setupCase = context.setupCase();
		if (setupCase.isInstalled()) {
			throw new StepConflict("Order " + setupCase.getOrderNumber() + " is installed");
		}
		if (context.partnerOrg() == null) {
			// Only an org on record can be disputed; a new one is typed in by the reader.
			throw new StepConflict("Order " + setupCase.getOrderNumber() + " has no partner org to dispute");
		}
		Instant now = this.clock.instant();
		if (!setupCase.recordPartnerOrgDispute(now)) {
			return;
		}
		this.cases.save(setupCase);
		String orderId = setupCase.getOrderId().toString();
		this.outbox.append(Topics.PROVISIONING,
				EventEnvelope.wrap(
						new PartnerOrgDisputed(setupCase.getOrderId(), setupCase.getOrderNumber(),
								context.partnerOrg().getId(), context.partnerOrg().getName(), context.recipientEmail(),
								setupCase.getAccountRepEmail(), setupCase.getLocale(), now),
						orderId, orderId, RequestIds.current(), now));
	}

}
