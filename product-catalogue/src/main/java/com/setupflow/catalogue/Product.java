package com.setupflow.catalogue;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One product of the catalogue.
 *
 * @param sku the commerce system's SKU, such as {@code A-WX}
 * @param name display name
 * @param offer commercial kind
 * @param openWindowDays days an order stays open without provisioning before it closes
 * @param trialDays length of a portal trial, 0 when the product has none
 * @param setupSteps service-setup steps of the wizard, in order
 * @param connectionOptions ways to connect (signature products), empty otherwise
 * @param maxUsers the most users one subscription may have
 * @param spfInclude the SPF {@code include:} domain a customer publishes so mail sent
 * through the service passes SPF, or {@code null} when the product sends no mail
 */
public record Product(String sku, String name, Offer offer, int openWindowDays, int trialDays,
		List<SetupStep> setupSteps, List<ConnectionOption> connectionOptions, int maxUsers, String spfInclude) {

	public Product {
		Objects.requireNonNull(sku, "sku");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(offer, "offer");
		if (openWindowDays < 1) {
			throw new IllegalArgumentException(sku + ": openWindowDays must be at least 1");
		}
		if (trialDays < 0) {
			throw new IllegalArgumentException(sku + ": trialDays must not be negative");
		}
		if (maxUsers < 1) {
			throw new IllegalArgumentException(sku + ": maxUsers must be at least 1");
		}
		setupSteps = List.copyOf(Objects.requireNonNullElse(setupSteps, List.of()));
		connectionOptions = List.copyOf(Objects.requireNonNullElse(connectionOptions, List.of()));
	}

	public Duration openWindow() {
		return Duration.ofDays(this.openWindowDays);
	}

	public boolean hasTrial() {
		return this.trialDays > 0;
	}

}
