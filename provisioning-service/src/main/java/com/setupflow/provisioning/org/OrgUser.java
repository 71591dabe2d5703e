package com.setupflow.provisioning.org;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who can sign in for an org, known by an email address that belongs to no other
 * org. Until a password is chosen the user exists but cannot sign in.
 */
@Table("org_user")
public class OrgUser {

	@Id
	private final UUID id;

	/**
	 * Null until first saved: tells Spring Data JDBC to insert although the id is set.
	 */
	@Version
	private Long version;

	private final UUID orgId;

	private final String email;

	private final String name;

	private final OrgUserRole role;

	private String passwordHash;

	private final Instant createdAt;

	@PersistenceCreator
	OrgUser(UUID id, Long version, UUID orgId, String email, String name, OrgUserRole role, String passwordHash,
			Instant createdAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.version = version;
		this.orgId = Objects.requireNonNull(orgId, "orgId");
		this.email = Objects.requireNonNull(email, "email");
		this.name = name;
		this.role = Objects.requireNonNull(role, "role");
		this.passwordHash = passwordHash;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/** A user without a password yet. Addresses are kept in lower case. */
	public static OrgUser invite(UUID orgId, String email, OrgUserRole role, Instant now) {
		return invite(orgId, email, null, role, now);
	}

	/** A user without a password yet, with the name they go by. */
	public static OrgUser invite(UUID orgId, String email, String name, OrgUserRole role, Instant now) {
		return new OrgUser(UUID.randomUUID(), null, orgId, normalise(email), name, role, null, now);
	}

	/** How an address is stored and compared: trimmed, lower case. */
	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** Sets the password's hash (computed by the caller's encoder). */
	public void choosePassword(String hash) {
		this.passwordHash = Objects.requireNonNull(hash, "hash");
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getOrgId() {
		return this.orgId;
	}

	public String getEmail() {
		return this.email;
	}

	/** The name they go by, or {@code null}. */
	public String getName() {
		return this.name;
	}

	public OrgUserRole getRole() {
		return this.role;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
