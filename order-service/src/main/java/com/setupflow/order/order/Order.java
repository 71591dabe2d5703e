package com.setupflow.order.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import com.setupflow.events.order.DeploymentContactChanged;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderClosed;
import com.setupflow.events.order.OrderPlaced;
import com.setupflow.events.order.OrderStalled;
import com.setupflow.events.order.RequestedStartDateChanged;
import com.setupflow.events.order.SetupResendRequested;

/**
 * An order from the commerce system. It owns its transitions: each guarded method refuses
 * an illegal move and registers the event it causes; the events reach the outbox in the
 * transaction that saves the order. The one exception is the invitation on the start
 * date, applied set-wise to whole batches of orders by
 * {@code com.setupflow.order.timer.SetWiseInvitations} under the same rule (only a
 * RECEIVED order is invited).
 */
@Table("purchase_order")
public class Order extends AbstractAggregateRoot<Order> {

	@Id
	private final UUID id;

	private final String orderNumber;

	private final String partnerId;

	private final String partnerName;

	private final String customerName;

	@MappedCollection(idColumn = "purchase_order", keyColumn = "purchase_order_key")
	private final List<OrderItem> items;

	private LocalDate requestedStartDate;

	private final String timeZone;

	private String deploymentContactEmail;

	private final String accountRepEmail;

	private final String locale;

	private OrderStatus status;

	private String cancellationReason;

	private Instant invitedAt;

	private Instant setupStartedAt;

	private Instant stalledAt;

	private Instant closedAt;

	private Instant installedAt;

	private Instant activatedAt;

	private Instant partnerOrgDisputedAt;

	private final String requestFingerprint;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Order(UUID id, String orderNumber, String partnerId, String partnerName, String customerName, List<OrderItem> items,
			LocalDate requestedStartDate, String timeZone, String deploymentContactEmail, String accountRepEmail,
			String locale, OrderStatus status, String cancellationReason, Instant invitedAt, Instant setupStartedAt,
			Instant stalledAt, Instant closedAt, Instant installedAt, Instant activatedAt, Instant partnerOrgDisputedAt,
			String requestFingerprint, Instant createdAt, Instant updatedAt, Long version) {
		this.id = id;
		this.orderNumber = orderNumber;
		this.partnerId = partnerId;
		this.partnerName = partnerName;
		this.customerName = customerName;
		this.items = List.copyOf(items);
		this.requestedStartDate = requestedStartDate;
		this.timeZone = timeZone;
		this.deploymentContactEmail = deploymentContactEmail;
		this.accountRepEmail = accountRepEmail;
		this.locale = locale;
		this.status = status;
		this.cancellationReason = cancellationReason;
		this.invitedAt = invitedAt;
		this.setupStartedAt = setupStartedAt;
		this.stalledAt = stalledAt;
		this.closedAt = closedAt;
		this.installedAt = installedAt;
		this.activatedAt = activatedAt;
		this.partnerOrgDisputedAt = partnerOrgDisputedAt;
		this.requestFingerprint = requestFingerprint;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * A new order, status RECEIVED, with its OrderPlaced event registered.
	 * @param locale the language of its emails: the request's, or the partner's default
	 */
	public static Order place(NewOrder order, String locale, String requestFingerprint, Instant now) {
		Order placed = new Order(UUID.randomUUID(), order.orderNumber(), order.partnerId(), order.partnerName(),
				order.customerName(), order.items(), order.requestedStartDate(), order.timeZone(),
				order.deploymentContactEmail(), order.accountRepEmail(), locale, OrderStatus.RECEIVED, null, null, null,
				null, null, null, null, null, requestFingerprint, now, now, null);
		placed.registerEvent(new OrderPlaced(placed.id, placed.orderNumber,
				new OrderPlaced.Partner(placed.partnerId, placed.partnerName), placed.customerName,
				placed.items.stream().map((item) -> new OrderPlaced.OrderLine(item.sku(), item.quantity())).toList(),
				placed.requestedStartDate, placed.timeZone, placed.deploymentContactEmail, placed.accountRepEmail,
				placed.locale));
		return placed;
	}

	/**
	 * Cancels the order. Cancelling a cancelled order changes nothing: the commerce
	 * system may retry.
	 * @throws OrderStateException when closed, or installed: the subscription exists by
	 * then, and ending it is the subscription's business
	 */
	public void cancel(String reason, Instant now) {
		if (this.status == OrderStatus.CANCELLED) {
			return;
		}
		if (this.status == OrderStatus.CLOSED) {
			throw new OrderStateException(OrderRule.CLOSED,
					"Order " + this.orderNumber + " is closed; there is nothing to cancel.");
		}
		refuseIfInstalled("installed orders are cancelled through their subscription");
		this.status = OrderStatus.CANCELLED;
		this.cancellationReason = reason;
		this.updatedAt = now;
		registerEvent(new OrderCancelled(this.id, this.orderNumber, reason));
	}

	/**
	 * Hands the setup to another person, who gets a fresh link. The same address again
	 * changes nothing.
	 * @throws OrderStateException when the order ended or is installed
	 */
	public void changeDeploymentContact(String email, Instant now) {
		refuseIfEnded("its contact cannot change");
		refuseIfInstalled("its deployment contact can no longer change");
		if (this.deploymentContactEmail.equalsIgnoreCase(email)) {
			return;
		}
		String previous = this.deploymentContactEmail;
		this.deploymentContactEmail = email;
		this.updatedAt = now;
		this.partnerOrgDisputedAt = null;
		registerEvent(new DeploymentContactChanged(this.id, this.orderNumber, previous, email));
	}

	/**
	 * Moves the start date of an order not yet invited; its timers follow.
	 * @throws StartDateInPastException for a date before today in the order's zone
	 * @throws OrderStateException once the invitation went out
	 */
	public void changeRequestedStartDate(LocalDate newDate, Instant now) {
		refuseIfEnded("its start date cannot change");
		refuseIfInstalled("its start date can no longer change");
		if (this.status != OrderStatus.RECEIVED) {
			throw new OrderStateException(OrderRule.ALREADY_INVITED, "Order " + this.orderNumber
					+ " was already invited to set up; its start date can no longer change.");
		}
		LocalDate today = LocalDate.ofInstant(now, ZoneId.of(this.timeZone));
		if (newDate.isBefore(today)) {
			throw new StartDateInPastException(newDate, today, this.timeZone);
		}
		if (newDate.equals(this.requestedStartDate)) {
			return;
		}
		LocalDate previous = this.requestedStartDate;
		this.requestedStartDate = newDate;
		this.updatedAt = now;
		registerEvent(new RequestedStartDateChanged(this.id, this.orderNumber, previous, newDate));
	}

	/**
	 * The stall check fell due: an invited order whose setup has not started is stalled.
	 */
	public void markStalledUnlessStarted(Instant now) {
		if (this.status != OrderStatus.INVITED) {
			return;
		}
		this.status = OrderStatus.STALLED;
		this.stalledAt = now;
		this.updatedAt = now;
		registerEvent(new OrderStalled(this.id, this.orderNumber, this.partnerName, this.customerName,
				this.requestedStartDate, this.deploymentContactEmail, this.accountRepEmail, this.locale,
				this.invitedAt));
	}

	/**
	 * A setup link was opened (reported by the provisioning service).
	 */
	public void recordSetupStarted(Instant openedAt) {
		if (this.status.hasEnded() || this.setupStartedAt != null) {
			return;
		}
		this.setupStartedAt = openedAt;
		advanceTo(OrderStatus.SETUP_STARTED, openedAt);
	}

	/**
	 * The person setting up did not recognise the partner organisation (reported by the
	 * provisioning service): the account rep has to act, until a fresh link goes out.
	 */
	public void recordPartnerOrgDisputed(Instant reportedAt) {
		if (this.status.hasEnded() || this.status.isInstalled()) {
			return;
		}
		this.partnerOrgDisputedAt = reportedAt;
		this.updatedAt = reportedAt;
	}

	/**
	 * The wizard's "order installed" (reported by the provisioning service). An order
	 * that ended meanwhile stays ended: the report is on its timeline for a person to
	 * sort out.
	 */
	public void recordInstalled(Instant installedAt) {
		if (this.status.hasEnded()) {
			return;
		}
		if (this.installedAt == null) {
			this.installedAt = installedAt;
		}
		advanceTo(OrderStatus.INSTALLED, installedAt);
	}

	/**
	 * Services deployed (reported by the provisioning service): the order is active, even
	 * when this report overtook the installation's.
	 */
	public void recordServicesDeployed(Instant deployedAt) {
		if (this.status.hasEnded()) {
			return;
		}
		if (this.activatedAt == null) {
			this.activatedAt = deployedAt;
		}
		advanceTo(OrderStatus.ACTIVE, deployedAt);
	}

	/**
	 * Moves forward only: a late report never takes the order back. Reaching installation
	 * stops the timers that wait for setup.
	 */
	private void advanceTo(OrderStatus next, Instant at) {
		if (!this.status.precedes(next)) {
			return;
		}
		boolean wasInstalled = this.status.isInstalled();
		this.status = next;
		this.updatedAt = at;
		if (next.isInstalled() && !wasInstalled) {
			registerEvent(new InstallationRecorded(this.id));
		}
	}

	/**
	 * The product's open window passed without provisioning: the order closes. An
	 * installed order is provisioned, so it never closes.
	 */
	public void closeUnprovisioned(Instant now) {
		if (this.status.hasEnded() || this.status.isInstalled()) {
			return;
		}
		this.status = OrderStatus.CLOSED;
		this.closedAt = now;
		this.updatedAt = now;
		registerEvent(new OrderClosed(this.id, this.orderNumber, "NOT_PROVISIONED_IN_OPEN_WINDOW"));
	}

	/**
	 * Asks for the setup email again, with a fresh link. Still allowed once installed:
	 * the contact may need the link to finish the services' setup.
	 * @throws OrderStateException before the invitation, once active or after the order
	 * ended
	 */
	public void requestSetupResend(String requestedBy, Instant now) {
		refuseIfEnded("there is no setup to resend");
		if (this.status == OrderStatus.ACTIVE) {
			throw new OrderStateException(OrderRule.ACTIVE, "Order " + this.orderNumber
					+ " is active; its services are deployed, so there is no setup to resend.");
		}
		if (this.status == OrderStatus.RECEIVED) {
			throw new OrderStateException(OrderRule.NOT_DUE, "Order " + this.orderNumber
					+ " is not due for setup until " + this.requestedStartDate + "; the setup email goes out then.");
		}
		this.updatedAt = now;
		this.partnerOrgDisputedAt = null;
		registerEvent(new SetupResendRequested(this.id, this.orderNumber, requestedBy));
	}

	private void refuseIfEnded(String consequence) {
		if (this.status.hasEnded()) {
			OrderRule rule = (this.status == OrderStatus.CLOSED) ? OrderRule.CLOSED : OrderRule.CANCELLED;
			throw new OrderStateException(rule,
					"Order " + this.orderNumber + " is " + this.status.name().toLowerCase() + "; " + consequence + ".");
		}
	}

	private void refuseIfInstalled(String consequence) {
		if (this.status.isInstalled()) {
			throw new OrderStateException(OrderRule.INSTALLED,
					"Order " + this.orderNumber + " is installed; " + consequence + ".");
		}
	}

	/**
	 * Whether the account rep still has to answer a report that the partner organisation
	 * was not recognised: reported, no fresh link since, and neither installed nor ended.
	 */
	public boolean hasOpenPartnerOrgDispute() {
		return this.partnerOrgDisputedAt != null && !this.status.hasEnded() && !this.status.isInstalled();
	}

	/**
	 * Whether a request with this fingerprint is a replay of the one that placed the
	 * order.
	 */
	public boolean placedBy(String fingerprint) {
		return this.requestFingerprint.equals(fingerprint);
	}

	public UUID id() {
		return this.id;
	}

	public String orderNumber() {
		return this.orderNumber;
	}

	public String partnerId() {
		return this.partnerId;
	}

	public String partnerName() {
		return this.partnerName;
	}

	public String customerName() {
		return this.customerName;
	}

	public List<OrderItem> items() {
		return this.items;
	}

	public LocalDate requestedStartDate() {
		return this.requestedStartDate;
	}

	public String timeZone() {
		return this.timeZone;
	}

	public String deploymentContactEmail() {
		return this.deploymentContactEmail;
	}

	public String accountRepEmail() {
		return this.accountRepEmail;
	}

	public String locale() {
		return this.locale;
	}

	public OrderStatus status() {
		return this.status;
	}

	public String cancellationReason() {
		return this.cancellationReason;
	}

	public Instant invitedAt() {
		return this.invitedAt;
	}

	public Instant setupStartedAt() {
		return this.setupStartedAt;
	}

	public Instant stalledAt() {
		return this.stalledAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public Instant installedAt() {
		return this.installedAt;
	}

	public Instant activatedAt() {
		return this.activatedAt;
	}

	public Instant partnerOrgDisputedAt() {
		return this.partnerOrgDisputedAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
