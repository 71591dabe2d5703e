package com.setupflow.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.setupflow.events.order.DeploymentContactChanged;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderPlaced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTests {

	private static final UUID ORDER_ID = UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");

	private static final JsonMapper PLAIN = JsonMapper.builder().build();

	@Test
	void writesOrderPlacedExactlyAsPinnedFixture() {
		OrderPlaced placed = new OrderPlaced(ORDER_ID, "CCW-100234", new OrderPlaced.Partner("P-1001", "Acme Networks"),
				"Globex SA", List.of(new OrderPlaced.OrderLine("A-WX", 250)), LocalDate.parse("2026-12-01"),
				"Europe/Paris", "deploy@acme.example", "rep@vendor.example", "fr");
		EventEnvelope envelope = new EventEnvelope(UUID.fromString("0b9f3c8e-5a51-4c1e-9d2f-7e3a1b2c4d5e"),
				"OrderPlaced", 1, Instant.parse("2026-11-21T09:15:30.123Z"), ORDER_ID.toString(), ORDER_ID.toString(),
				"req-7d1e", placed);

		assertSameJson(EventJson.write(envelope), EventFixtures.load("OrderPlaced", 1));
	}

	@Test
	void writesOrderCancelledExactlyAsPinnedFixture() {
		EventEnvelope envelope = new EventEnvelope(UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"),
				"OrderCancelled", 1, Instant.parse("2026-11-22T10:00:00Z"), ORDER_ID.toString(), ORDER_ID.toString(),
				"req-9a2b", new OrderCancelled(ORDER_ID, "CCW-100234", "Customer withdrew"));

		assertSameJson(EventJson.write(envelope), EventFixtures.load("OrderCancelled", 1));
	}

	@Test
	void writesDeploymentContactChangedExactlyAsPinnedFixture() {
		EventEnvelope envelope = new EventEnvelope(UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"),
				"DeploymentContactChanged", 1, Instant.parse("2026-11-22T11:30:00Z"), ORDER_ID.toString(),
				ORDER_ID.toString(), "req-3c4d",
				new DeploymentContactChanged(ORDER_ID, "CCW-100234", "deploy@acme.example", "it-lead@acme.example"));

		assertSameJson(EventJson.write(envelope), EventFixtures.load("DeploymentContactChanged", 1));
	}

	static Stream<String> registeredTypes() {
		return EventTypes.all().stream().map(EventType::name).sorted();
	}

	/** Every registered event has a pinned fixture, and reads and writes it unchanged. */
	@ParameterizedTest
	@MethodSource("registeredTypes")
	void readsEachFixtureBackToTheSameJson(String type) {
		String fixture = EventFixtures.load(type, 1);

		EventEnvelope envelope = EventJson.read(fixture);

		assertThat(envelope.type()).isEqualTo(type);
		assertThat(envelope.payload()).isInstanceOf(EventTypes.byName(type).orElseThrow().payloadClass());
		assertSameJson(EventJson.write(envelope), fixture);
	}

	@Test
	void readsAnOrderPlacedWrittenBeforeItHadALocaleAsEnglish() {
		String older = EventFixtures.load("OrderPlaced", 1).replace(",\n    \"locale\": \"fr\"", "");

		OrderPlaced placed = EventJson.read(older).payloadAs(OrderPlaced.class);

		assertThat(older).doesNotContain("locale");
		assertThat(placed.locale()).isNull();
		assertThat(placed.localeOrDefault()).isEqualTo("en");
	}

	@Test
	void ignoresFieldsAddedByANewerProducer() {
		String newer = EventFixtures.load("OrderPlaced", 1)
			.replace("\"orderNumber\": \"CCW-100234\",", "\"orderNumber\": \"CCW-100234\", \"locale\": \"fr\",")
			.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"traceId\": \"abc\",");

		OrderPlaced placed = EventJson.read(newer).payloadAs(OrderPlaced.class);

		assertThat(placed.orderNumber()).isEqualTo("CCW-100234");
		assertThat(placed.items()).containsExactly(new OrderPlaced.OrderLine("A-WX", 250));
	}

	@Test
	void keepsAnUnknownEventTypeInsteadOfFailing() {
		String future = EventFixtures.load("OrderCancelled", 1).replace("\"OrderCancelled\"", "\"OrderRefunded\"");

		EventEnvelope envelope = EventJson.read(future);

		assertThat(envelope.payload()).isInstanceOf(UnknownEvent.class);
		assertThat(((UnknownEvent) envelope.payload()).type()).isEqualTo("OrderRefunded");
		assertSameJson(EventJson.write(envelope), future);
	}

	@Test
	void rejectsTextThatIsNotAnEnvelope() {
		assertThatThrownBy(() -> EventJson.read("{\"hello\": 1}")).isInstanceOf(MalformedEventException.class);
		assertThatThrownBy(() -> EventJson.read("not json")).isInstanceOf(MalformedEventException.class);
	}

	@Test
	void wrapGivesEachEventAFreshIdAndItsRegisteredType() {
		OrderCancelled cancelled = new OrderCancelled(ORDER_ID, "CCW-1", null);

		EventEnvelope first = EventEnvelope.wrap(cancelled, ORDER_ID.toString(), ORDER_ID.toString(), "c",
				Instant.now());
		EventEnvelope second = EventEnvelope.wrap(cancelled, ORDER_ID.toString(), ORDER_ID.toString(), "c",
				Instant.now());

		assertThat(first.type()).isEqualTo("OrderCancelled");
		assertThat(first.schemaVersion()).isEqualTo(1);
		assertThat(first.eventId()).isNotEqualTo(second.eventId());
	}

	private static void assertSameJson(String actual, String expected) {
		JsonNode actualTree = PLAIN.readTree(actual);
		JsonNode expectedTree = PLAIN.readTree(expected);
		assertThat(actualTree).isEqualTo(expectedTree);
	}

}
