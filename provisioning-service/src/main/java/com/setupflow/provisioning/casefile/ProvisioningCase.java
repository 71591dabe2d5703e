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

	private final Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	ProvisioningCase(UUID orderId, Long version, String orderNumber, Partner partner, String customerName,
			List<CaseItem> items, LocalDate requestedStartDate, String timeZone, String deploymentContactEmail,
			String accountRepEmail, String locale, CaseStatus status, String cancellationReason, Instant setupStartedAt,
			Instant createdAt, Instant updatedAt) {
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
				placed.accountRepEmail(), placed.localeOrDefault(), CaseStatus.AWAITING_SETUP, null, null, now, now);
	}

	/**
	 * Cancels the case. Cancelling a case that is no longer open changes nothing: a
	 * redelivered cancellation is not an error.
	 * @return whether the case changed
	 */
	public boolean cancel(String reason, Instant now) {
		if (!isOpen()) {
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
		if (!isOpen()) {
			return false;
		}
		this.status = CaseStatus.CLOSED;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Hands the setup to another person.
	 * @return whether the case changed (the same contact again changes nothing)
	 * @throws IllegalStateException when the case is no longer open
	 */
	public boolean changeDeploymentContact(String newEmail, Instant now) {
		requireOpen("its contact cannot change");
		if (Objects.equals(this.deploymentContactEmail, newEmail)) {
			return false;
		}
		this.deploymentContactEmail = newEmail;
		this.updatedAt = now;
		return true;
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
		this.status = CaseStatus.SETUP_STARTED;
		this.updatedAt = now;
		return true;
	}

	/** Whether the order may still be set up: neither cancelled nor closed. */
	public boolean isOpen() {
		return this.status != CaseStatus.CANCELLED && this.status != CaseStatus.CLOSED;
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

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
