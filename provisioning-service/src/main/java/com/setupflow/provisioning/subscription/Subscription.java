package com.setupflow.provisioning.subscription;

import java.time.Duration;
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
 * The services a customer org receives, from an installed order or added by its partner
 * in the portal. An order's subscription is set up step by step in the wizard and
 * deployment activates it, once; a portal subscription starts as a trial that the partner
 * activates or that expires. Cancelled and expired subscriptions are archived: read-only.
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

	private final SubscriptionOrigin origin;

	@MappedCollection(idColumn = "subscription_id", keyColumn = "line_no")
	private List<SubscriptionItem> items;

	private SubscriptionStatus status;

	@Embedded.Nullable(prefix = "calling_")
	private CallingSettings calling;

	@Embedded.Nullable(prefix = "meetings_")
	private MeetingSettings meetings;

	/** Comma-separated {@link ConnectionOption} names; null until chosen. */
	private String connectionOptions;

	private String spfRecord;

	private final boolean customerCanEdit;

	private final Instant createdAt;

	private final Instant trialEndsAt;

	private Instant trialRemindedAt;

	/** When billing started: the order's deployment or the trial's activation. */
	private Instant deployedAt;

	private LocalDate billingPeriodStart;

	private Instant endedAt;

	private final String locale;

	@PersistenceCreator
	Subscription(UUID id, Long version, UUID orderId, UUID customerOrgId, UUID partnerOrgId, String billedPartnerId,
			SubscriptionOrigin origin, List<SubscriptionItem> items, SubscriptionStatus status, CallingSettings calling,
			MeetingSettings meetings, String connectionOptions, String spfRecord, boolean customerCanEdit,
			Instant createdAt, Instant trialEndsAt, Instant trialRemindedAt, Instant deployedAt,
			LocalDate billingPeriodStart, Instant endedAt, String locale) {
		this.id = Objects.requireNonNull(id, "id");
		this.version = version;
		this.orderId = orderId;
		this.customerOrgId = Objects.requireNonNull(customerOrgId, "customerOrgId");
		this.partnerOrgId = partnerOrgId;
		this.billedPartnerId = billedPartnerId;
		this.origin = Objects.requireNonNull(origin, "origin");
		this.items = List.copyOf(items);
		this.status = Objects.requireNonNull(status, "status");
		this.calling = calling;
		this.meetings = meetings;
		this.connectionOptions = connectionOptions;
		this.spfRecord = spfRecord;
		this.customerCanEdit = customerCanEdit;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.trialEndsAt = trialEndsAt;
		this.trialRemindedAt = trialRemindedAt;
		this.deployedAt = deployedAt;
		this.billingPeriodStart = billingPeriodStart;
		this.endedAt = endedAt;
		this.locale = locale;
	}

	/** The subscription an order becomes when it is installed. */
	public static Subscription install(UUID orderId, UUID customerOrgId, UUID partnerOrgId, String billedPartnerId,
			List<SubscriptionItem> items, Instant now) {
		return new Subscription(UUID.randomUUID(), null, orderId, customerOrgId, partnerOrgId, billedPartnerId,
				SubscriptionOrigin.ORDER, items, SubscriptionStatus.PENDING_SETUP, null, null, null, null, false, now,
				null, null, null, null, null, null);
	}

	/**
	 * A subscription a partner adds in the portal: its trial starts now.
	 * @param trial how long the trial lasts
	 * @param locale the language of the partner's reminders
	 */
	public static Subscription startTrial(UUID customerOrgId, UUID partnerOrgId, String billedPartnerId,
			SubscriptionItem item, boolean customerCanEdit, Instant now, Duration trial, String locale) {
		return new Subscription(UUID.randomUUID(), null, null, customerOrgId, partnerOrgId, billedPartnerId,
				SubscriptionOrigin.PORTAL, List.of(item), SubscriptionStatus.TRIAL, null, null, null, null,
				customerCanEdit, now, now.plus(trial), null, null, null, null, locale);
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

	/**
	 * The trial becomes a paid subscription, billed from {@code billingPeriodStart}.
	 * @throws SubscriptionRuleBroken when it is not a trial
	 */
	public void activate(Instant now, LocalDate billingPeriodStart) {
		if (this.status != SubscriptionStatus.TRIAL) {
			throw new SubscriptionRuleBroken(refusalFor(SubscriptionRule.ACTIVATE_TRIALS_ONLY), this);
		}
		this.status = SubscriptionStatus.ACTIVE;
		this.deployedAt = now;
		this.billingPeriodStart = Objects.requireNonNull(billingPeriodStart, "billingPeriodStart");
	}

	/** Records that the partner was reminded the trial ends soon. */
	public void remindTrialEnding(Instant now) {
		if (this.status != SubscriptionStatus.TRIAL || this.trialRemindedAt != null) {
			throw new IllegalStateException("Subscription " + this.id + " needs no trial reminder");
		}
		this.trialRemindedAt = now;
	}

	/** The trial ended without activation. */
	public void expire(Instant now) {
		if (this.status != SubscriptionStatus.TRIAL) {
			throw new IllegalStateException("Subscription " + this.id + " is no trial but " + this.status);
		}
		this.status = SubscriptionStatus.EXPIRED;
		this.endedAt = now;
	}

	/** Launch's first step: how the service connects to the customer's mail. */
	public void connect(Set<ConnectionOption> options) {
		requireLive();
		if (options.isEmpty()) {
			throw new IllegalArgumentException("At least one connection option");
		}
		this.connectionOptions = options.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	/** Saves an SPF record its caller has validated. */
	public void saveSpfRecord(String record) {
		requireLive();
		this.spfRecord = Objects.requireNonNull(record, "record");
	}

	/** Adds {@code count} users to each of its services. */
	public void addUsers(int count) {
		requireLive();
		if (count < 1) {
			throw new IllegalArgumentException("Add at least one user");
		}
		this.items = this.items.stream()
			.map((item) -> new SubscriptionItem(item.sku(), item.quantity() + count))
			.toList();
	}

	/** Cancels it: it is archived and its billing, if any, stops. */
	public void cancel(Instant now) {
		requireLive();
		this.status = SubscriptionStatus.CANCELLED;
		this.endedAt = now;
	}

	/**
	 * A trial or an active subscription may be changed; archived ones and orders still in
	 * setup may not.
	 */
	private void requireLive() {
		if (this.status != SubscriptionStatus.TRIAL && this.status != SubscriptionStatus.ACTIVE) {
			throw new SubscriptionRuleBroken(refusalFor(SubscriptionRule.SETUP_FINISHED_FIRST), this);
		}
	}

	/** The archived rule wins: it is the one that explains why nothing can change. */
	private SubscriptionRule refusalFor(SubscriptionRule otherwise) {
		return this.status.isArchived() ? SubscriptionRule.ARCHIVED_READ_ONLY : otherwise;
	}

	/** The number of users: each service has a licence per user. */
	public int getUsers() {
		return this.items.stream().mapToInt(SubscriptionItem::quantity).max().orElse(0);
	}

	/** Whether its billing has started. */
	public boolean isBilled() {
		return this.billingPeriodStart != null;
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

	public SubscriptionOrigin getOrigin() {
		return this.origin;
	}

	public String getSpfRecord() {
		return this.spfRecord;
	}

	public boolean isCustomerCanEdit() {
		return this.customerCanEdit;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * When its trial ends (or ended); {@code null} for a subscription without a trial.
	 */
	public Instant getTrialEndsAt() {
		return this.trialEndsAt;
	}

	/** When it was cancelled or expired; {@code null} while it is live. */
	public Instant getEndedAt() {
		return this.endedAt;
	}

	/** The language of the partner's reminders, or {@code null}. */
	public String getLocale() {
		return this.locale;
	}

	public Instant getDeployedAt() {
		return this.deployedAt;
	}

	public LocalDate getBillingPeriodStart() {
		return this.billingPeriodStart;
	}

}
