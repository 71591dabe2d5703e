package com.setupflow.provisioning;

import java.util.UUID;

import com.setupflow.events.EventFixtures;
import com.setupflow.events.EventJson;

/**
 * A pinned event fixture re-keyed for one test: its own order id and a fresh event id, so
 * tests never see each other's cases.
 *
 * @param eventId the event id in the JSON
 * @param orderId the order id in the JSON (aggregate, correlation and payload)
 * @param json the record value
 */
public record TestOrderEvent(UUID eventId, UUID orderId, String json) {

	/** The order id every pinned fixture of the order stream uses. */
	public static final UUID FIXTURE_ORDER_ID = UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");

	/** The fixture exactly as checked into common-events. */
	public static TestOrderEvent pinned(String type) {
		String json = EventFixtures.load(type, 1);
		return new TestOrderEvent(EventJson.read(json).eventId(), FIXTURE_ORDER_ID, json);
	}

	/** The fixture for another order, under a fresh event id. */
	public static TestOrderEvent of(String type, UUID orderId) {
		TestOrderEvent pinned = pinned(type);
		UUID eventId = UUID.randomUUID();
		String json = pinned.json()
			.replace(pinned.eventId().toString(), eventId.toString())
			.replace(FIXTURE_ORDER_ID.toString(), orderId.toString());
		return new TestOrderEvent(eventId, orderId, json);
	}

	/** The same event with one piece of text replaced, e.g. another contact email. */
	public TestOrderEvent replacing(String target, String replacement) {
		return new TestOrderEvent(this.eventId, this.orderId, this.json.replace(target, replacement));
	}

	/**
	 * The same event under a fresh event id, as a producer retrying with a new id would
	 * send.
	 */
	public TestOrderEvent withNewEventId() {
		UUID fresh = UUID.randomUUID();
		return new TestOrderEvent(fresh, this.orderId, this.json.replace(this.eventId.toString(), fresh.toString()));
	}

}
