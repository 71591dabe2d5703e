package com.setupflow.order.support;

import java.time.Instant;
import java.util.UUID;

import com.setupflow.events.DomainEvent;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.testsupport.KafkaTestConsumer;
import com.setupflow.testsupport.KafkaTestProducer;
import com.setupflow.testsupport.SharedInfrastructure;

/**
 * Publishes events as another service would, onto the real broker.
 */
public final class EventPublisher {

	private EventPublisher() {
	}

	/** Wraps the event for an order (correlation = order id) and publishes it. */
	public static EventEnvelope publish(String topic, UUID orderId, DomainEvent event) {
		EventEnvelope envelope = EventEnvelope.wrap(event, orderId.toString(), orderId.toString(), "test",
				Instant.now());
		publish(topic, envelope);
		return envelope;
	}

	/** Publishes this exact envelope, e.g. a second time to simulate a redelivery. */
	public static void publish(String topic, EventEnvelope envelope) {
		KafkaTestConsumer.createTopicIfAbsent(SharedInfrastructure.kafkaBootstrapServers(), topic);
		KafkaTestProducer.publish(topic, envelope.aggregateId(), EventJson.write(envelope));
	}

}
