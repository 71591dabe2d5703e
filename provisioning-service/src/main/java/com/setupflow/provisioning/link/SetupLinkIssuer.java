package com.setupflow.provisioning.link;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.ProvisioningEvent;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.events.provisioning.SetupLinksRevoked;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.security.SecretTokens;
import com.setupflow.provisioning.security.SecretTokens.MintedToken;

/**
 * Mints, rotates and revokes an order's setup links, and records the events that say so
 * in the caller's transaction. The caller holds the case's lock.
 */
@Component
public class SetupLinkIssuer {

	private final SetupLinks links;

	private final Outbox outbox;

	private final ProductNames productNames;

	private final SetupLinkProperties properties;

	private final Clock clock;

	SetupLinkIssuer(SetupLinks links, Outbox outbox, ProductNames productNames, SetupLinkProperties properties,
			Clock clock) {
		this.links = links;
		this.outbox = outbox;
		this.productNames = productNames;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether the order holds a link that works now. */
	public boolean hasLiveLink(UUID orderId) {
		Instant now = this.clock.instant();
		return this.links.findByOrderIdAndRevokedAtIsNull(orderId).stream().anyMatch((link) -> link.isLiveAt(now));
	}

	/** Whether the order was ever sent a link. */
	public boolean hasIssued(UUID orderId) {
		return this.links.existsByOrderId(orderId);
	}

	/**
	 * Mints a link for the case's deployment contact and records {@code SetupLinkIssued},
	 * the only place besides the email where the token exists.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void issue(ProvisioningCase forCase, IssueReason reason, String causationId) {
		Instant now = this.clock.instant();
		MintedToken token = SecretTokens.mint();
		SetupLink link = this.links.save(newLink(forCase, token, reason, now));
		this.outbox.append(Topics.PROVISIONING, issued(forCase, link, token, null, causationId, now));
	}

	/**
	 * Replaces the live links by one for the case's new setup holder, who got the setup
	 * from {@code delegatedBy}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void issueDelegated(ProvisioningCase forCase, IssueReason reason, String delegatedBy, String causationId) {
		Instant now = this.clock.instant();
		revokeLive(forCase.getOrderId(), RevokeReason.DELEGATED, now);
		MintedToken token = SecretTokens.mint();
		SetupLink link = this.links.save(newLink(forCase, token, reason, now));
		this.outbox.append(Topics.PROVISIONING, issued(forCase, link, token, delegatedBy, causationId, now));
	}

	/** A link for whoever holds the case's setup, not yet stored. */
	SetupLink newLink(ProvisioningCase forCase, MintedToken token, IssueReason reason, Instant now) {
		return SetupLink.issue(forCase.getOrderId(), token.hash(), forCase.getSetupHolderEmail(), reason, now,
				this.properties.validity());
	}

	/**
	 * The {@code SetupLinkIssued} of a new link, one recipe for a single link and for a
	 * burst of them ({@link SetupLinkBatch}).
	 */
	EventEnvelope issued(ProvisioningCase forCase, SetupLink link, MintedToken token, String requestedBy,
			String causationId, Instant now) {
		return envelope(
				new SetupLinkIssued(forCase.getOrderId(), forCase.getOrderNumber(), link.getId(),
						link.getRecipientEmail(), this.properties.urlFor(token.token()), link.getExpiresAt(),
						link.getIssueReason().name(), forCase.getLocale(),
						(forCase.getPartner() != null) ? forCase.getPartner().name() : null, forCase.getCustomerName(),
						this.productNames.namesOf(forCase.getItems()), forCase.getRequestedStartDate(), requestedBy),
				causationId, now);
	}

	/**
	 * Replaces the live links by a fresh one for the current contact. The old links
	 * answer "gone" from now on; the new {@code SetupLinkIssued} says enough, so no
	 * {@code SetupLinksRevoked} is recorded.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reissue(ProvisioningCase forCase, IssueReason reason, String causationId) {
		revokeLive(forCase.getOrderId(), RevokeReason.SUPERSEDED, this.clock.instant());
		issue(forCase, reason, causationId);
	}

	/**
	 * Revokes every live link of the order and, when there was one, records
	 * {@code SetupLinksRevoked}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void revokeAll(ProvisioningCase forCase, RevokeReason reason, String causationId) {
		Instant now = this.clock.instant();
		if (revokeLive(forCase.getOrderId(), reason, now) > 0) {
			this.outbox.append(Topics.PROVISIONING,
					envelope(new SetupLinksRevoked(forCase.getOrderId(), forCase.getOrderNumber(), reason.name()),
							causationId, now));
		}
	}

	private int revokeLive(UUID orderId, RevokeReason reason, Instant now) {
		int revoked = 0;
		for (SetupLink link : this.links.findByOrderIdAndRevokedAtIsNull(orderId)) {
			if (link.isLiveAt(now) && link.revoke(reason, now)) {
				this.links.save(link);
				revoked++;
			}
		}
		return revoked;
	}

	private static EventEnvelope envelope(ProvisioningEvent event, String causationId, Instant now) {
		String orderId = event.orderId().toString();
		return EventEnvelope.wrap(event, orderId, orderId, causationId, now);
	}

}
