package com.setupflow.provisioning.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import com.setupflow.events.order.OrderPlaced;

/**
 * The provisioning of one order, identified by the order's id. It owns its transitions:
 * there is no way to set a status, only to move it along a legal path.
 */
@Table("provisioning_case")
public class ProvisioningCase {

	@Id
	private final UUID orderId;

	/**
	 * Null until first saved: tells Spring Data JDBC to insert although the id is set.
	 */
	@Version
	private Long version;

	private final String orderNumber;

	@Embedded.Nullable(prefix = "partner_")
	private final Partner partner;

	private final String customerName;

	@MappedCollection(idColumn = "order_id", keyColumn = "line_no")
	private final List<CaseItem> items;

	private LocalDate requestedStartDate;

	private final String timeZone;

	private String deploymentContactEmail;

	private final String accountRepEmail;

	private final String locale;

	private CaseStatus status;

	private String cancellationReason;

	private Instant setupStartedAt;

	private String setupHolderEmail;

	private SetupBy setupBy;

	private Instant partnerOrgDisputedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	ProvisioningCase(UUID orderId, Long version, String orderNumber, Partner partner, String customerName,
			List<CaseItem> items, LocalDate requestedStartDate, String timeZone, String deploymentContactEmail,
			String accountRepEmail, String locale, CaseStatus status, String cancellationReason, Instant setupStartedAt,
			String setupHolderEmail, SetupBy setupBy, Instant partnerOrgDisputedAt, Instant createdAt,
			Instant updatedAt) {
		this.orderId = Objects.requireNonNull(orderId, "orderId");
		this.version = version;
		this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
		this.partner = partner;
		this.customerName = customerName;
		this.items = List.copyOf(items);
		this.requestedStartDate = requestedStartDate;
		this.timeZone = timeZone;
		this.deploymentContactEmail = deploymentContactEmail;
		this.accountRepEmail = accountRepEmail;
		this.locale = Objects.requireNonNull(locale, "locale");
		this.status = Objects.requireNonNull(status, "status");
		this.cancellationReason = cancellationReason;
		this.setupStartedAt = setupStartedAt;
		this.setupHolderEmail = setupHolderEmail;
		this.setupBy = Objects.requireNonNull(setupBy, "setupBy");
		this.partnerOrgDisputedAt = partnerOrgDisputedAt;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
	}

	/**
	 * Opens the case of a placed order; it waits for its setup to start.
	 */
	public static ProvisioningCase open(OrderPlaced placed, Instant now) {
		Partner partner = (placed.partner() != null) ? new Partner(placed.partner().id(), placed.partner().name())
				: null;
		List<CaseItem> items = placed.items()
			.stream()
			.map((line) -> new CaseItem(line.sku(), line.quantity()))
			.toList();
		return new ProvisioningCase(placed.orderId(), null, placed.orderNumber(), partner, placed.customerName(), items,
				placed.requestedStartDate(), placed.timeZone(), placed.deploymentContactEmail(),
				placed.accountRepEmail(), placed.localeOrDefault(), CaseStatus.AWAITING_SETUP, null, null,
				placed.deploymentContactEmail(), SetupBy.PARTNER, null, now, now);
	}

	/**
	 * Cancels the case. Cancelling a case that is no longer open changes nothing: a
	 * redelivered cancellation is not an error.
	 * @return whether the case changed
	 */
	public boolean cancel(String reason, Instant now) {
		if (!isOpen() || isInstalled()) {
			return false;
		}
		this.status = CaseStatus.CANCELLED;
		this.cancellationReason = reason;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Closes the case of an order that was never provisioned. Closing a case that is no
	 * longer open changes nothing.
	 * @return whether the case changed
	 */
	public boolean close(Instant now) {
		if (!isOpen() || isInstalled()) {
			return false;
		}
		this.status = CaseStatus.CLOSED;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The commerce system named another deployment contact: the setup goes back to the
	 * partner, held by the new contact.
	 * @return whether the case changed (the same contact again changes nothing)
	 * @throws IllegalStateException when the case is no longer open or already installed
	 */
	public boolean changeDeploymentContact(String newEmail, Instant now) {
		requireNotInstalled("its contact cannot change");
		if (Objects.equals(this.deploymentContactEmail, newEmail)) {
			return false;
		}
		this.deploymentContactEmail = newEmail;
		this.setupHolderEmail = newEmail;
		this.setupBy = SetupBy.PARTNER;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Whoever holds the setup hands it to a colleague ({@link SetupBy#PARTNER}) or to the
	 * customer's admin ({@link SetupBy#CUSTOMER}).
	 * @throws IllegalStateException when the case is no longer open or already installed
	 */
	public void delegate(SetupBy to, String email, Instant now) {
		requireNotInstalled("its setup cannot be handed over");
		this.setupBy = Objects.requireNonNull(to, "to");
		this.setupHolderEmail = Objects.requireNonNull(email, "email");
		this.updatedAt = now;
	}

	/**
	 * Notes that the person setting up did not recognise the partner org.
	 * @return whether this is the first such report (the rep is alerted once)
	 */
	public boolean recordPartnerOrgDispute(Instant now) {
		requireNotInstalled("its partner org is settled");
		if (this.partnerOrgDisputedAt != null) {
			return false;
		}
		this.partnerOrgDisputedAt = now;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The point of no return: the order's orgs and subscription now exist.
	 * @throws IllegalStateException when the case is no longer open or already installed
	 */
	public void install(Instant now) {
		requireNotInstalled("it cannot be installed again");
		if (this.setupStartedAt == null) {
			this.setupStartedAt = now;
		}
		this.status = CaseStatus.INSTALLED;
		this.updatedAt = now;
	}

	/**
	 * The services are deployed and billed.
	 * @throws IllegalStateException unless the case is installed and not yet deployed
	 */
	public void deploy(Instant now) {
		if (this.status != CaseStatus.INSTALLED) {
			throw new IllegalStateException("Order " + this.orderNumber + " is " + this.status + "; cannot deploy");
		}
		this.status = CaseStatus.DEPLOYED;
		this.updatedAt = now;
	}

	/**
	 * Moves the day service should start.
	 * @return whether the case changed (the same date again changes nothing)
	 * @throws IllegalStateException when the case is no longer open
	 */
	public boolean changeRequestedStartDate(LocalDate newDate, Instant now) {
		requireOpen("its start date cannot change");
		if (Objects.equals(this.requestedStartDate, newDate)) {
			return false;
		}
		this.requestedStartDate = newDate;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Records that a setup link of the order was opened. Only the first open counts.
	 * @return whether this was the first open
	 * @throws IllegalStateException when the case is no longer open
	 */
	public boolean recordSetupStart(Instant now) {
		requireOpen("its setup cannot start");
		if (this.setupStartedAt != null) {
			return false;
		}
		this.setupStartedAt = now;
		if (this.status == CaseStatus.AWAITING_SETUP) {
			this.status = CaseStatus.SETUP_STARTED;
		}
		this.updatedAt = now;
		return true;
	}

	/** Whether the order may still be set up: neither cancelled nor closed. */
	public boolean isOpen() {
		return this.status != CaseStatus.CANCELLED && this.status != CaseStatus.CLOSED;
	}

	/** Whether the order's orgs and subscription exist (installed or deployed). */
	public boolean isInstalled() {
		return this.status == CaseStatus.INSTALLED || this.status == CaseStatus.DEPLOYED;
	}

	private void requireNotInstalled(String consequence) {
		requireOpen(consequence);
		if (isInstalled()) {
			throw new IllegalStateException("Order " + this.orderNumber + " is installed; " + consequence);
		}
	}

	private void requireOpen(String consequence) {
		if (!isOpen()) {
			throw new IllegalStateException(
					"Order " + this.orderNumber + " is " + this.status.name().toLowerCase() + "; " + consequence);
		}
	}

	public UUID getOrderId() {
		return this.orderId;
	}

	public String getOrderNumber() {
		return this.orderNumber;
	}

	public Partner getPartner() {
		return this.partner;
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public List<CaseItem> getItems() {
		return this.items;
	}

	public LocalDate getRequestedStartDate() {
		return this.requestedStartDate;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public String getDeploymentContactEmail() {
		return this.deploymentContactEmail;
	}

	public String getAccountRepEmail() {
		return this.accountRepEmail;
	}

	/** Language of the order's emails, such as {@code en} or {@code fr}. */
	public String getLocale() {
		return this.locale;
	}

	public CaseStatus getStatus() {
		return this.status;
	}

	public String getCancellationReason() {
		return this.cancellationReason;
	}

	/** When a setup link of the order was first opened, or {@code null}. */
	public Instant getSetupStartedAt() {
		return this.setupStartedAt;
	}

	/** Who holds the setup now and receives its links. */
	public String getSetupHolderEmail() {
		return this.setupHolderEmail;
	}

	public SetupBy getSetupBy() {
		return this.setupBy;
	}

	/** When the partner org was reported as not recognised, or {@code null}. */
	public Instant getPartnerOrgDisputedAt() {
		return this.partnerOrgDisputedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
