package com.setupflow.order.order;

import java.time.Instant;
import java.time.LocalDate;
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
import com.setupflow.events.order.OrderPlaced;

/**
 * An order from the commerce system. It owns its transitions: each guarded method refuses
 * an illegal move and registers the event it causes; the events reach the outbox in the
 * transaction that saves the order.
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

	private final LocalDate requestedStartDate;

	private final String timeZone;

	private String deploymentContactEmail;

	private final String accountRepEmail;

	private final String locale;

	private OrderStatus status;

	private String cancellationReason;

	private final String requestFingerprint;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	@PersistenceCreator
	Order(UUID id, String orderNumber, String partnerId, String partnerName, String customerName, List<OrderItem> items,
			LocalDate requestedStartDate, String timeZone, String deploymentContactEmail, String accountRepEmail,
			String locale, OrderStatus status, String cancellationReason, String requestFingerprint, Instant createdAt,
			Instant updatedAt, Long version) {
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
				order.deploymentContactEmail(), order.accountRepEmail(), locale, OrderStatus.RECEIVED, null,
				requestFingerprint, now, now, null);
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
	 */
	public void cancel(String reason, Instant now) {
		if (this.status == OrderStatus.CANCELLED) {
			return;
		}
		this.status = OrderStatus.CANCELLED;
		this.cancellationReason = reason;
		this.updatedAt = now;
		registerEvent(new OrderCancelled(this.id, this.orderNumber, reason));
	}

	/**
	 * Hands the setup to another person. The same address again changes nothing.
	 * @throws OrderStateException when the order is cancelled
	 */
	public void changeDeploymentContact(String email, Instant now) {
		if (this.status == OrderStatus.CANCELLED) {
			throw new OrderStateException("Order " + this.orderNumber + " is cancelled; its contact cannot change.");
		}
		if (this.deploymentContactEmail.equalsIgnoreCase(email)) {
			return;
		}
		String previous = this.deploymentContactEmail;
		this.deploymentContactEmail = email;
		this.updatedAt = now;
		registerEvent(new DeploymentContactChanged(this.id, this.orderNumber, previous, email));
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

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
