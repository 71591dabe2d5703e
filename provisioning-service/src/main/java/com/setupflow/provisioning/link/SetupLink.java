package com.setupflow.provisioning.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A setup link of one order for one recipient, known by the hash of its token. It works
 * until it expires or is revoked; opening it does not use it up. Only this package reads
 * it: the rest of the service sees links through events and summaries.
 */
@Table("setup_link")
public class SetupLink {

	@Id
	private final UUID id;

	/**
	 * Null until first saved: tells Spring Data JDBC to insert although the id is set.
	 */
	@Version
	private Long version;

	private final UUID orderId;

	private final String tokenHash;

	private final String recipientEmail;

	private final IssueReason issueReason;

	private final Instant issuedAt;

	private final Instant expiresAt;

	private Instant revokedAt;

	private RevokeReason revokeReason;

	private Instant firstOpenedAt;

	@PersistenceCreator
	SetupLink(UUID id, Long version, UUID orderId, String tokenHash, String recipientEmail, IssueReason issueReason,
			Instant issuedAt, Instant expiresAt, Instant revokedAt, RevokeReason revokeReason, Instant firstOpenedAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.version = version;
		this.orderId = Objects.requireNonNull(orderId, "orderId");
		this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
		this.recipientEmail = Objects.requireNonNull(recipientEmail, "recipientEmail");
		this.issueReason = Objects.requireNonNull(issueReason, "issueReason");
		this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
		this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
		this.revokedAt = revokedAt;
		this.revokeReason = revokeReason;
		this.firstOpenedAt = firstOpenedAt;
	}

	static SetupLink issue(UUID orderId, String tokenHash, String recipientEmail, IssueReason reason, Instant now,
			Duration validity) {
		return new SetupLink(UUID.randomUUID(), null, orderId, tokenHash, recipientEmail, reason, now,
				now.plus(validity), null, null, null);
	}

	/** Whether the link opens the setup at {@code now}: neither revoked nor expired. */
	boolean isLiveAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * Stops the link. A revoked link stays revoked with its first reason.
	 * @return whether the link changed
	 */
	boolean revoke(RevokeReason reason, Instant now) {
		if (this.revokedAt != null) {
			return false;
		}
		this.revokedAt = now;
		this.revokeReason = reason;
		return true;
	}

	/**
	 * Notes an open of the link; only the first is kept.
	 * @return whether this was the link's first open
	 */
	boolean recordOpen(Instant now) {
		if (this.firstOpenedAt != null) {
			return false;
		}
		this.firstOpenedAt = now;
		return true;
	}

	UUID getId() {
		return this.id;
	}

	UUID getOrderId() {
		return this.orderId;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	String getRecipientEmail() {
		return this.recipientEmail;
	}

	IssueReason getIssueReason() {
		return this.issueReason;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	RevokeReason getRevokeReason() {
		return this.revokeReason;
	}

	Instant getFirstOpenedAt() {
		return this.firstOpenedAt;
	}

}
