package com.setupflow.platform.kafka;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A killed consumer's partitions come back within seconds, not Kafka's 45 s default (the
 * fault suite measures the whole recovery; this pins the setting that makes it short).
 */
class ConsumerFailoverTests {

	private final KafkaPlatformConfiguration configuration = new KafkaPlatformConfiguration();

	@Test
	void aSilentConsumerLosesItsPartitionsAfterTenSeconds() {
		DefaultKafkaConsumerFactory<Object, Object> factory = new DefaultKafkaConsumerFactory<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092"));

		this.configuration.setupflowConsumerFailover().customize(factory);

		assertThat(factory.getConfigurationProperties()).containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000)
			.containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
	}

	@Test
	void aConfiguredSessionTimeoutWins() {
		DefaultKafkaConsumerFactory<Object, Object> factory = new DefaultKafkaConsumerFactory<>(
				Map.of(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "30000"));

		this.configuration.setupflowConsumerFailover().customize(factory);

		assertThat(factory.getConfigurationProperties())
			.containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "30000")
			.containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
	}

}
