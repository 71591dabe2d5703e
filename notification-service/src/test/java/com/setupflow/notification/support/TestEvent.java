package com.setupflow.notification.support;

import java.util.Set;
import java.util.UUID;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventFixtures;
import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;

/**
 * A pinned event fixture from common-events, re-keyed for one test: its own aggregate id
 * (an order's, a subscription's or a user's) and a fresh event id, so tests never see
 * each other's emails.
 *
 * @param eventId the event id in the JSON
 * @param aggregateId the aggregate id in the JSON (aggregate, correlation and payload),
 * which is also the record's key: for order events the order id
 * @param topic where the event travels
 * @param json the record value
 */
public record TestEvent(UUID eventId, UUID aggregateId, String topic, String json) {

	/** The order id every pinned order fixture uses. */
	public static final UUID FIXTURE_ORDER_ID = UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");

	private static final Set<String> PROVISIONING_TYPES = Set.of("SetupLinkIssued", "ProvisioningStarted",
			"SetupLinksRevoked", "PartnerOrgDisputed", "OrgUserInvited", "CustomerSubscriptionCreated", "TrialStarted",
			"TrialEndingSoon", "TrialExpired", "UsersAdded", "SubscriptionCancelled");

	/** The fixture exactly as checked into common-events. */
	public static TestEvent pinned(String type) {
		String json = EventFixtures.load(type, 1);
		String topic = PROVISIONING_TYPES.contains(type) ? Topics.PROVISIONING : Topics.ORDERS;
		EventEnvelope envelope = EventJson.read(json);
		return new TestEvent(envelope.eventId(), UUID.fromString(envelope.aggregateId()), topic, json);
	}

	/**
	 * The fixture for another order (or subscription, or user: whatever its aggregate
	 * is), under a fresh event id.
	 */
	public static TestEvent of(String type, UUID aggregateId) {
		TestEvent pinned = pinned(type);
		UUID eventId = UUID.randomUUID();
		String json = pinned.json()
			.replace(pinned.eventId().toString(), eventId.toString())
			.replace(pinned.aggregateId().toString(), aggregateId.toString());
		return new TestEvent(eventId, aggregateId, pinned.topic(), json);
	}

	/** The same event with one piece of text replaced, e.g. another recipient. */
	public TestEvent replacing(String target, String replacement) {
		if (!this.json.contains(target)) {
			throw new IllegalArgumentException("The event has no " + target);
		}
		return new TestEvent(this.eventId, this.aggregateId, this.topic, this.json.replace(target, replacement));
	}

	/** The same event under a fresh event id, as another publication of the same fact. */
	public TestEvent withNewEventId() {
		UUID fresh = UUID.randomUUID();
		return new TestEvent(fresh, this.aggregateId, this.topic,
				this.json.replace(this.eventId.toString(), fresh.toString()));
	}

}
