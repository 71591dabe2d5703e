package com.setupflow.platform.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import com.setupflow.events.MalformedEventException;

/**
 * Kafka settings that are not a matter of taste: nothing lost, nothing twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
public class KafkaPlatformConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(KafkaPlatformConfiguration.class);

	/**
	 * How long a silent consumer keeps its partitions: see
	 * {@link #setupflowConsumerFailover()}.
	 */
	static final int SESSION_TIMEOUT_MS = 10_000;

	static final int HEARTBEAT_INTERVAL_MS = 3_000;

	/** An acknowledged send is on every in-sync replica and is never written twice. */
	@Bean
	DefaultKafkaProducerFactoryCustomizer setupflowProducerSafety() {
		return (factory) -> factory.updateConfigs(Map.of(ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 2));
	}

	/**
	 * Offsets are committed only after the listener returns, and a consumer group that
	 * has never committed starts from the beginning: an event published while a service
	 * was down is still processed.
	 */
	@Bean
	DefaultKafkaConsumerFactoryCustomizer setupflowConsumerSafety() {
		return (factory) -> factory.updateConfigs(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
	}

	/**
	 * A consumer that dies without leaving its group (SIGKILL, a lost machine) holds its
	 * partitions until its session times out; until then nobody consumes them, not even
	 * the same service restarted. Kafka's default session is 45 s: the fault suite saw a
	 * killed service's restarted instance wait 34 s after it was ready before it got its
	 * partition back. Ten seconds (Kafka's default before 3.0; heartbeats every 3 s) is
	 * less than a service takes to restart, so the restarted instance joins at once. Only
	 * a default: {@code spring.kafka.consumer.properties.session.timeout.ms} still wins.
	 */
	@Bean
	DefaultKafkaConsumerFactoryCustomizer setupflowConsumerFailover() {
		return (factory) -> {
			Map<String, Object> defaults = new HashMap<>();
			defaults.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
			defaults.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, HEARTBEAT_INTERVAL_MS);
			defaults.keySet().removeAll(factory.getConfigurationProperties().keySet());
			factory.updateConfigs(defaults);
		};
	}

	/**
	 * A listener failure that may pass (database or broker unreachable, lock timeout) is
	 * retried with backoff for as long as it lasts: the partition waits rather than
	 * skips. Any other failure is tried a few times, then the record goes to the topic's
	 * dead-letter topic so one poison record cannot block the partition for good.
	 */
	@Bean
	DefaultErrorHandler setupflowListenerErrorHandler(KafkaTemplate<Object, Object> template) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(record.topic() + TopicFactory.DEAD_LETTER_SUFFIX, -1));
		DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> {
			logger.error("Sending record {}-{}@{} to the dead-letter topic: {}", record.topic(), record.partition(),
					record.offset(), ex.getMessage());
			deadLetters.accept(record, ex);
		}, new FixedBackOff(500, 3));
		handler.setBackOffFunction((record, ex) -> TransientFailures.isTransient(ex) ? untilItPasses() : null);
		handler.addNotRetryableExceptions(MalformedEventException.class);
		return handler;
	}

	private static ExponentialBackOff untilItPasses() {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(30_000);
		return backOff;
	}

	@Bean
	TopicFactory setupflowTopicFactory(KafkaTopicsProperties properties) {
		return new TopicFactory(properties);
	}

}
