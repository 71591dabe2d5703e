package com.setupflow.order.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.setupflow.events.DomainEvent;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.OrderInstalled;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.events.provisioning.ProvisioningStarted;
import com.setupflow.events.provisioning.ServicesDeployed;
import com.setupflow.events.provisioning.SetupDelegated;

/**
 * What the provisioning service's setup wizard reports about an order, published onto the
 * real broker as that service would (see {@link EventPublisher}).
 */
public final class WizardReports {

	private WizardReports() {
	}

	public static EventEnvelope linkOpened(String orderId, Instant at) {
		UUID id = UUID.fromString(orderId);
		return publish(id, new ProvisioningStarted(id, "CCW", UUID.randomUUID(), at));
	}

	/** {@code to} is {@code COLLEAGUE} or {@code CUSTOMER}. */
	public static EventEnvelope delegated(String orderId, String to, String recipient, Instant at) {
		UUID id = UUID.fromString(orderId);
		return publish(id, new SetupDelegated(id, "CCW", to, recipient, "deploy@acme.example", at));
	}

	public static EventEnvelope partnerOrgDisputed(String orderId, String partnerOrgName, Instant at) {
		UUID id = UUID.fromString(orderId);
		return publish(id, new PartnerOrgDisputed(id, "CCW", UUID.randomUUID(), partnerOrgName, "deploy@acme.example",
				"rep@vendor.example", "en", at));
	}

	public static EventEnvelope installed(String orderId, Instant at) {
		UUID id = UUID.fromString(orderId);
		return publish(id, new OrderInstalled(id, "CCW", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"it-lead@acme.example", at));
	}

	public static EventEnvelope deployed(String orderId, Instant at) {
		UUID id = UUID.fromString(orderId);
		return publish(id, new ServicesDeployed(id, "CCW", UUID.randomUUID(), List.of("A-WX"), at));
	}

	private static EventEnvelope publish(UUID orderId, DomainEvent event) {
		return EventPublisher.publish(Topics.PROVISIONING, orderId, event);
	}

}
