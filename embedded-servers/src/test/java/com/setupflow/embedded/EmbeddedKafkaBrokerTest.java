package com.setupflow.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EmbeddedKafkaBrokerTest {

	private static final String TOPIC = "setupflow.test";

	@TempDir
	Path dataDir;

	@Test
	void producedRecordIsConsumedAndSurvivesARestartOnTheSameDirectory() throws Exception {
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(this.dataDir, 0)) {
			try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
				admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
			}
			RecordMetadata sent = produce(broker, "order-1", "{\"type\":\"OrderPlaced\"}");
			assertThat(sent.offset()).isZero();
			assertThat(consumeAll(broker, 1)).singleElement()
				.satisfies((record) -> assertThat(record.key()).isEqualTo("order-1"));

			int port = broker.port();
			broker.restart();

			assertThat(broker.port()).isEqualTo(port);
			assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + port);
			produce(broker, "order-2", "{\"type\":\"OrderCancelled\"}");
			assertThat(consumeAll(broker, 2)).extracting(ConsumerRecord::key).containsExactly("order-1", "order-2");
		}
	}

	@Test
	void aNewBrokerOnAnExistingDirectoryFindsTheTopicsOfTheOldOne() throws Exception {
		int port;
		try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(this.dataDir, 0)) {
			port = first.port();
			try (Admin admin = Admin.create(Map.of("bootstrap.servers", first.bootstrapServers()))) {
				admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
			}
			produce(first, "order-1", "kept");
		}
		try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.start(this.dataDir, port)) {
			try (Admin admin = Admin.create(Map.of("bootstrap.servers", second.bootstrapServers()))) {
				Set<String> topics = admin.listTopics().names().get();
				assertThat(topics).contains(TOPIC);
			}
			assertThat(consumeAll(second, 1)).extracting(ConsumerRecord::value).containsExactly("kept");
		}
	}

	private static RecordMetadata produce(EmbeddedKafkaBroker broker, String key, String value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			return producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
		}
	}

	private static List<ConsumerRecord<String, String>> consumeAll(EmbeddedKafkaBroker broker, int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollDelay(Duration.ZERO).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
				return records.size() >= expected;
			});
		}
		return records;
	}

}
