package com.setupflow.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KafkaTestConsumerTest {

	private static KafkaProducer<String, String> producer;

	private final String topic = "setupflow.test." + UUID.randomUUID();

	@BeforeAll
	static void createProducer() {
		producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
				new StringSerializer(), new StringSerializer());
	}

	@AfterAll
	static void closeProducer() {
		producer.close(Duration.ofSeconds(5));
	}

	@Test
	void fromEndSeesOnlyRecordsPublishedAfterItWasCreated() throws Exception {
		try (KafkaTestConsumer before = KafkaTestConsumer.fromBeginning(this.topic)) {
			send("order-1", "before");
			before.awaitRecords(1, Duration.ofSeconds(10));
		}
		try (KafkaTestConsumer fromEnd = KafkaTestConsumer.fromEnd(this.topic);
				KafkaTestConsumer fromBeginning = KafkaTestConsumer.fromBeginning(this.topic)) {
			send("order-2", "after");

			assertThat(fromEnd.awaitRecords(1, Duration.ofSeconds(10))).extracting(ConsumerRecord::value)
				.containsExactly("after");
			assertThat(fromEnd.pollFor(Duration.ofMillis(300))).hasSize(1);
			assertThat(fromBeginning.awaitRecords(2, Duration.ofSeconds(10))).extracting(ConsumerRecord::key)
				.containsExactly("order-1", "order-2");
		}
	}

	@Test
	void awaitRecordsFailsWithWhatItReceived() throws Exception {
		try (KafkaTestConsumer consumer = KafkaTestConsumer.fromEnd(this.topic)) {
			send("order-9", "only one");
			assertThatExceptionOfType(AssertionError.class)
				.isThrownBy(() -> consumer.awaitRecords(2, Duration.ofMillis(700)))
				.withMessageContaining("Expected 2 records")
				.withMessageContaining("order-9=only one");
		}
	}

	private void send(String key, String value) throws Exception {
		producer.send(new ProducerRecord<>(this.topic, key, value)).get();
	}

}
