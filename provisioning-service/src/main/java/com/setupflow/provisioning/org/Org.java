package com.setupflow.provisioning.org;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partner or customer organisation.
 */
@Table("org")
public class Org {

	@Id
	private final UUID id;

	/**
	 * Null until first saved: tells Spring Data JDBC to insert although the id is set.
	 */
	@Version
	private Long version;

	private final OrgKind kind;

	@Embedded.Empty
	private final OrgDetails details;

	private final String partnerId;

	private final UUID managingPartnerOrgId;

	private String subdomain;

	private final Instant createdAt;

	@PersistenceCreator
	Org(UUID id, Long version, OrgKind kind, OrgDetails details, String partnerId, UUID managingPartnerOrgId,
			String subdomain, Instant createdAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.version = version;
		this.kind = Objects.requireNonNull(kind, "kind");
		this.details = Objects.requireNonNull(details, "details");
		this.partnerId = partnerId;
		this.managingPartnerOrgId = managingPartnerOrgId;
		this.subdomain = subdomain;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/** A new partner org for the commerce system's partner {@code partnerId}. */
	public static Org newPartner(String partnerId, OrgDetails details, Instant now) {
		return new Org(UUID.randomUUID(), null, OrgKind.PARTNER, details, partnerId, null, null, now);
	}

	/**
	 * A new customer org, managed by {@code managingPartnerOrgId} or, when that is
	 * {@code null}, by the customer alone.
	 */
	public static Org newCustomer(OrgDetails details, UUID managingPartnerOrgId, Instant now) {
		return new Org(UUID.randomUUID(), null, OrgKind.CUSTOMER, details, null, managingPartnerOrgId, null, now);
	}

	/**
	 * A customer a partner adds in the portal: known by its name, in its partner's
	 * country, managed by that partner.
	 */
	public static Org newPortalCustomer(String name, String country, UUID managingPartnerOrgId, Instant now) {
		return new Org(UUID.randomUUID(), null, OrgKind.CUSTOMER, new OrgDetails(name, country, null, null, null), null,
				Objects.requireNonNull(managingPartnerOrgId, "managingPartnerOrgId"), null, now);
	}

	/** Gives the org its enterprise subdomain, once; afterwards it stays. */
	public void chooseSubdomain(String chosen) {
		if (this.subdomain != null && !this.subdomain.equalsIgnoreCase(chosen)) {
			throw new IllegalStateException("Org " + this.id + " already has the subdomain " + this.subdomain);
		}
		this.subdomain = chosen;
	}

	/** Whether the partner org {@code partnerOrgId} may manage this org. */
	public boolean isManagedBy(UUID partnerOrgId) {
		return partnerOrgId != null && partnerOrgId.equals(this.managingPartnerOrgId);
	}

	public UUID getId() {
		return this.id;
	}

	public OrgKind getKind() {
		return this.kind;
	}

	public OrgDetails getDetails() {
		return this.details;
	}

	public String getName() {
		return this.details.name();
	}

	/** The commerce system's partner id of a partner org, {@code null} for customers. */
	public String getPartnerId() {
		return this.partnerId;
	}

	/** The partner org that manages this customer org, or {@code null}. */
	public UUID getManagingPartnerOrgId() {
		return this.managingPartnerOrgId;
	}

	public String getSubdomain() {
		return this.subdomain;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
