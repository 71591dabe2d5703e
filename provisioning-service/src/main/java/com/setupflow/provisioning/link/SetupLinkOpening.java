package com.setupflow.provisioning.link;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.ProvisioningStarted;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.ProvisioningCases;
import com.setupflow.provisioning.security.SecretTokens;

/**
 * Opens setup links. Opening never uses a link up (mail scanners fetch links before
 * people click them); the first open of any link of an order records that its setup
 * started and emits {@code ProvisioningStarted}, once per order. Every step of the wizard
 * opens its link again, in its own transaction: the case stays locked until the step's
 * effects commit, and a link revoked meanwhile is seen.
 */
@Service
public class SetupLinkOpening {

	private final SetupLinks links;

	private final ProvisioningCases cases;

	private final Outbox outbox;

	private final Clock clock;

	SetupLinkOpening(SetupLinks links, ProvisioningCases cases, Outbox outbox, Clock clock) {
		this.links = links;
		this.cases = cases;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public LinkVisit open(String presentedToken) {
		SetupLink found = SecretTokens.hashOf(presentedToken).flatMap(this.links::findByTokenHash).orElse(null);
		if (found == null) {
			return LinkVisit.unknown();
		}
		// Lock the case, then read the link again: a revocation committed in between is
		// seen, and two links of the order opened at once cannot both count as the first.
		ProvisioningCase openedCase = this.cases.findLockedByOrderId(found.getOrderId())
			.orElseThrow(() -> new IllegalStateException("Link " + found.getId() + " has no case"));
		SetupLink link = this.links.findById(found.getId()).orElseThrow();
		Instant now = this.clock.instant();
		if (!link.isLiveAt(now) || !openedCase.isOpen()) {
			return LinkVisit.gone();
		}
		if (link.recordOpen(now)) {
			this.links.save(link);
		}
		if (openedCase.recordSetupStart(now)) {
			this.cases.save(openedCase);
			String orderId = openedCase.getOrderId().toString();
			this.outbox.append(Topics.PROVISIONING, EventEnvelope.wrap(
					new ProvisioningStarted(openedCase.getOrderId(), openedCase.getOrderNumber(), link.getId(), now),
					orderId, orderId, RequestIds.current(), now));
		}
		return LinkVisit.opened(openedCase, link.getRecipientEmail());
	}

}
