package com.setupflow.notification.support;

import java.util.Set;
import java.util.UUID;

import com.setupflow.events.EventFixtures;
import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;

/**
 * A pinned event fixture from common-events, re-keyed for one test: its own order id and
 * a fresh event id, so tests never see each other's emails.
 *
 * @param eventId the event id in the JSON
 * @param orderId the order id in the JSON (aggregate, correlation and payload)
 * @param topic where the event travels
 * @param json the record value
 */
public record TestEvent(UUID eventId, UUID orderId, String topic, String json) {

	/** The order id every pinned fixture uses. */
	public static final UUID FIXTURE_ORDER_ID = UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");

	private static final Set<String> PROVISIONING_TYPES = Set.of("SetupLinkIssued", "ProvisioningStarted",
			"SetupLinksRevoked", "PartnerOrgDisputed");

	/** The fixture exactly as checked into common-events. */
	public static TestEvent pinned(String type) {
		String json = EventFixtures.load(type, 1);
		String topic = PROVISIONING_TYPES.contains(type) ? Topics.PROVISIONING : Topics.ORDERS;
		return new TestEvent(EventJson.read(json).eventId(), FIXTURE_ORDER_ID, topic, json);
	}

	/** The fixture for another order, under a fresh event id. */
	public static TestEvent of(String type, UUID orderId) {
		TestEvent pinned = pinned(type);
		UUID eventId = UUID.randomUUID();
		String json = pinned.json()
			.replace(pinned.eventId().toString(), eventId.toString())
			.replace(FIXTURE_ORDER_ID.toString(), orderId.toString());
		return new TestEvent(eventId, orderId, pinned.topic(), json);
	}

	/** The same event with one piece of text replaced, e.g. another recipient. */
	public TestEvent replacing(String target, String replacement) {
		if (!this.json.contains(target)) {
			throw new IllegalArgumentException("The event has no " + target);
		}
		return new TestEvent(this.eventId, this.orderId, this.topic, this.json.replace(target, replacement));
	}

	/** The same event under a fresh event id, as another publication of the same fact. */
	public TestEvent withNewEventId() {
		UUID fresh = UUID.randomUUID();
		return new TestEvent(fresh, this.orderId, this.topic,
				this.json.replace(this.eventId.toString(), fresh.toString()));
	}

}
