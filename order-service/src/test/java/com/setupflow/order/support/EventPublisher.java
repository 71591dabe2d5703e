package com.setupflow.order.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.setupflow.events.DomainEvent;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.testsupport.KafkaTestConsumer;
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
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, envelope.aggregateId(), EventJson.write(envelope)))
				.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish " + envelope.type(), ex);
		}
	}

}
