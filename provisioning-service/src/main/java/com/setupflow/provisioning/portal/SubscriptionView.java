package com.setupflow.provisioning.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.subscription.SubscriptionOrigin;
import com.setupflow.provisioning.subscription.SubscriptionStatus;

/**
 * A subscription as the portal shows it, to pages and the API alike.
 *
 * @param id the subscription id
 * @param customerOrgId the customer org it serves
 * @param customerName that org's name
 * @param products what it provides
 * @param users the number of users
 * @param status where it stands
 * @param origin an order or the portal
 * @param createdAt when it was created
 * @param trialEndsAt when its trial ends (or ended), {@code null} without a trial
 * @param trialDaysLeft whole days left in a live trial, rounded up; {@code null}
 * otherwise
 * @param endedAt when it was cancelled or expired, {@code null} while live
 * @param offeredConnections the connection options its products offer; empty when it
 * needs no connection
 * @param connections the options chosen at launch; empty until then
 * @param spf its SPF record, {@code null} for products that send no mail
 * @param customerCanEdit whether the customer's admin may edit signatures
 * @param billing what is billed; {@code null} for customer admins, who never see billing
 */
public record SubscriptionView(UUID id, UUID customerOrgId, String customerName, List<ProductView> products, int users,
		SubscriptionStatus status, SubscriptionOrigin origin, Instant createdAt, Instant trialEndsAt,
		Long trialDaysLeft, Instant endedAt, List<ConnectionOption> offeredConnections,
		Set<ConnectionOption> connections, @JsonInclude(JsonInclude.Include.NON_NULL) Spf spf, boolean customerCanEdit,
		@JsonInclude(JsonInclude.Include.NON_NULL) Billing billing) {

	/** Whether Launch opens the service's home (rather than the connection settings). */
	public boolean isLaunched() {
		return this.offeredConnections.isEmpty() || !this.connections.isEmpty();
	}

	public boolean isArchived() {
		return this.status.isArchived();
	}

	/** The products' names, for a list's cell. */
	public String productNames() {
		return String.join(", ", this.products.stream().map(ProductView::name).toList());
	}

	/**
	 * One product.
	 *
	 * @param sku catalogue SKU
	 * @param name display name
	 */
	public record ProductView(String sku, String name) {
	}

	/**
	 * The SPF record customers publish so mail sent through the service passes SPF.
	 *
	 * @param include the mechanism the record must contain, e.g.
	 * {@code include:spf.m365.signatures.setupflow.example}
	 * @param suggested a whole record with it, for a domain that has none yet
	 * @param saved the record last saved, {@code null} until then
	 */
	public record Spf(String include, String suggested, String saved) {
	}

	/**
	 * Billing, for partner admins only.
	 *
	 * @param billedPartnerId the commerce system's id of the billed partner
	 * @param billingPeriodStart the first day billed, {@code null} while not billed
	 * @param billingStartedAt when billing started, {@code null} while not billed
	 */
	public record Billing(String billedPartnerId, LocalDate billingPeriodStart, Instant billingStartedAt) {
	}

}
