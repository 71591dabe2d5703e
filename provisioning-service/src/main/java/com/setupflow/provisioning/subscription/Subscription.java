package com.setupflow.provisioning.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import com.setupflow.catalogue.ConnectionOption;

/**
 * The services a customer org receives from one order. Settings are saved step by step
 * during service setup; deployment activates it, once.
 */
@Table("subscription")
public class Subscription {

	@Id
	private final UUID id;

	/**
	 * Null until first saved: tells Spring Data JDBC to insert although the id is set.
	 */
	@Version
	private Long version;

	private final UUID orderId;

	private final UUID customerOrgId;

	private final UUID partnerOrgId;

	private final String billedPartnerId;

	@MappedCollection(idColumn = "subscription_id", keyColumn = "line_no")
	private final List<SubscriptionItem> items;

	private SubscriptionStatus status;

	@Embedded.Nullable(prefix = "calling_")
	private CallingSettings calling;

	@Embedded.Nullable(prefix = "meetings_")
	private MeetingSettings meetings;

	/** Comma-separated {@link ConnectionOption} names; null until chosen. */
	private String connectionOptions;

	private final Instant installedAt;

	private Instant deployedAt;

	private LocalDate billingPeriodStart;

	@PersistenceCreator
	Subscription(UUID id, Long version, UUID orderId, UUID customerOrgId, UUID partnerOrgId, String billedPartnerId,
			List<SubscriptionItem> items, SubscriptionStatus status, CallingSettings calling, MeetingSettings meetings,
			String connectionOptions, Instant installedAt, Instant deployedAt, LocalDate billingPeriodStart) {
		this.id = Objects.requireNonNull(id, "id");
		this.version = version;
		this.orderId = orderId;
		this.customerOrgId = Objects.requireNonNull(customerOrgId, "customerOrgId");
		this.partnerOrgId = partnerOrgId;
		this.billedPartnerId = billedPartnerId;
		this.items = List.copyOf(items);
		this.status = Objects.requireNonNull(status, "status");
		this.calling = calling;
		this.meetings = meetings;
		this.connectionOptions = connectionOptions;
		this.installedAt = Objects.requireNonNull(installedAt, "installedAt");
		this.deployedAt = deployedAt;
		this.billingPeriodStart = billingPeriodStart;
	}

	/** The subscription an order becomes when it is installed. */
	public static Subscription install(UUID orderId, UUID customerOrgId, UUID partnerOrgId, String billedPartnerId,
			List<SubscriptionItem> items, Instant now) {
		return new Subscription(UUID.randomUUID(), null, orderId, customerOrgId, partnerOrgId, billedPartnerId, items,
				SubscriptionStatus.PENDING_SETUP, null, null, null, now, null, null);
	}

	public void saveCalling(CallingSettings settings) {
		requirePending();
		this.calling = Objects.requireNonNull(settings, "settings");
	}

	public void saveMeetings(MeetingSettings settings) {
		requirePending();
		this.meetings = Objects.requireNonNull(settings, "settings");
	}

	public void saveConnectionOptions(Set<ConnectionOption> options) {
		requirePending();
		if (options.isEmpty()) {
			throw new IllegalArgumentException("At least one connection option");
		}
		this.connectionOptions = options.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	/**
	 * Deploys the services and starts billing from {@code billingPeriodStart}.
	 * @throws IllegalStateException when already deployed
	 */
	public void deploy(Instant now, LocalDate billingPeriodStart) {
		requirePending();
		this.status = SubscriptionStatus.ACTIVE;
		this.deployedAt = now;
		this.billingPeriodStart = Objects.requireNonNull(billingPeriodStart, "billingPeriodStart");
	}

	private void requirePending() {
		if (this.status != SubscriptionStatus.PENDING_SETUP) {
			throw new IllegalStateException("Subscription " + this.id + " is " + this.status);
		}
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getOrderId() {
		return this.orderId;
	}

	public UUID getCustomerOrgId() {
		return this.customerOrgId;
	}

	/** The managing partner org, or {@code null} when the customer manages it alone. */
	public UUID getPartnerOrgId() {
		return this.partnerOrgId;
	}

	/** The commerce system's id of the partner that is billed. */
	public String getBilledPartnerId() {
		return this.billedPartnerId;
	}

	public List<SubscriptionItem> getItems() {
		return this.items;
	}

	public SubscriptionStatus getStatus() {
		return this.status;
	}

	public CallingSettings getCalling() {
		return this.calling;
	}

	public MeetingSettings getMeetings() {
		return this.meetings;
	}

	/** The chosen connection options, empty until chosen. */
	public Set<ConnectionOption> getConnectionOptions() {
		if (this.connectionOptions == null || this.connectionOptions.isEmpty()) {
			return EnumSet.noneOf(ConnectionOption.class);
		}
		return Arrays.stream(this.connectionOptions.split(","))
			.map(ConnectionOption::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ConnectionOption.class)));
	}

	public Instant getInstalledAt() {
		return this.installedAt;
	}

	public Instant getDeployedAt() {
		return this.deployedAt;
	}

	public LocalDate getBillingPeriodStart() {
		return this.billingPeriodStart;
	}

}
