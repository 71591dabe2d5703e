package com.setupflow.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes records onto the shared broker as another service's relay would, for tests of
 * consumers. One producer per test JVM; it closes when the JVM exits.
 */
public final class KafkaTestProducer {

	private static KafkaProducer<String, String> producer;

	private KafkaTestProducer() {
	}

	/** Publishes one record and waits for the broker's acknowledgement. */
	public static void publish(String topic, String key, String value) {
		publishAll(List.of(new ProducerRecord<>(topic, key, value)));
	}

	/**
	 * Publishes the records in order without waiting for each acknowledgement, so they
	 * reach the broker, and the consumer, in large batches as a burst would; returns once
	 * all are acknowledged.
	 */
	public static void publishAll(List<ProducerRecord<String, String>> records) {
		List<Future<RecordMetadata>> sends = records.stream().map((record) -> producer().send(record)).toList();
		try {
			for (Future<RecordMetadata> send : sends) {
				send.get(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not take the records", ex);
		}
	}

	private static synchronized KafkaProducer<String, String> producer() {
		if (producer == null) {
			producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
					SharedInfrastructure.kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
					new StringSerializer(), new StringSerializer());
			KafkaProducer<String, String> created = producer;
			Runtime.getRuntime().addShutdownHook(new Thread(created::close, "kafka-test-producer-close"));
		}
		return producer;
	}

}
