package com.setupflow.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * Reads one topic for a test, to assert which events were published: <pre class="code">
 * try (KafkaTestConsumer orders = KafkaTestConsumer.fromEnd("setupflow.orders")) {
 *     // act
 *     assertThat(orders.awaitRecords(1, Duration.ofSeconds(10))).singleElement()...;
 *     assertThat(orders.pollFor(Duration.ofMillis(500))).hasSize(1); // and nothing more
 * }
 * </pre>
 *
 * <p>
 * Each instance joins its own consumer group, so it sees every record whatever other
 * consumers do. It reads committed records only (read_committed). The topic is created
 * with the broker's defaults when it does not exist yet, so a test may subscribe before
 * the service under test has declared it. Not thread-safe: use it from the test thread.
 */
public final class KafkaTestConsumer implements AutoCloseable {

	private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration POLL = Duration.ofMillis(100);

	private final String topic;

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

	private KafkaTestConsumer(String bootstrapServers, String topic, boolean fromBeginning) {
		this.topic = topic;
		createTopicIfAbsent(bootstrapServers, topic);
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic + "-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed",
				// Partitions added later are noticed within a second, not five minutes.
				ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(topic));
		awaitAssignment();
	}

	/**
	 * Reads {@code topic} of the shared broker from its first record.
	 * @param topic the topic
	 * @return a consumer, assigned and ready
	 */
	public static KafkaTestConsumer fromBeginning(String topic) {
		return fromBeginning(SharedInfrastructure.kafkaBootstrapServers(), topic);
	}

	/**
	 * Reads the records published to {@code topic} of the shared broker after this call
	 * returns.
	 * @param topic the topic
	 * @return a consumer, assigned and positioned at the end
	 */
	public static KafkaTestConsumer fromEnd(String topic) {
		return fromEnd(SharedInfrastructure.kafkaBootstrapServers(), topic);
	}

	public static KafkaTestConsumer fromBeginning(String bootstrapServers, String topic) {
		return new KafkaTestConsumer(bootstrapServers, topic, true);
	}

	public static KafkaTestConsumer fromEnd(String bootstrapServers, String topic) {
		return new KafkaTestConsumer(bootstrapServers, topic, false);
	}

	/**
	 * Polls until at least {@code count} records have been received in all, or fails.
	 * @param count how many records to wait for
	 * @param timeout how long to wait at most
	 * @return every record received so far, in order per partition
	 * @throws AssertionError when fewer arrive in time
	 */
	public List<ConsumerRecord<String, String>> awaitRecords(int count, Duration timeout) {
		try {
			await().atMost(timeout)
				.pollInSameThread()
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(1))
				.until(() -> {
					pollOnce();
					return this.received.size() >= count;
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("Expected " + count + " records on " + this.topic + " within " + timeout
					+ " but received " + this.received.size() + ": " + describe(this.received), ex);
		}
		return records();
	}

	/**
	 * Polls for the whole {@code duration}: use it to check that nothing more arrives.
	 * @param duration how long to keep polling
	 * @return every record received so far
	 */
	public List<ConsumerRecord<String, String>> pollFor(Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		long remaining;
		while ((remaining = deadline - System.nanoTime()) > 0) {
			this.received.addAll(recordsOf(this.consumer.poll(Duration.ofNanos(Math.min(remaining, POLL.toNanos())))));
		}
		return records();
	}

	/**
	 * The records received so far, without polling.
	 * @return a copy
	 */
	public List<ConsumerRecord<String, String>> records() {
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ofSeconds(5));
	}

	private void pollOnce() {
		this.received.addAll(recordsOf(this.consumer.poll(POLL)));
	}

	/**
	 * Waits until the group has assigned the partitions and the start offsets are fixed,
	 * so that "from the end" means the end at creation, not at the first poll.
	 */
	private void awaitAssignment() {
		try {
			await().atMost(ASSIGNMENT_TIMEOUT)
				.pollInSameThread()
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(1))
				.until(() -> {
					pollOnce();
					return !this.consumer.assignment().isEmpty();
				});
		}
		catch (ConditionTimeoutException ex) {
			this.consumer.close(Duration.ZERO);
			throw new IllegalStateException("No partition of " + this.topic + " was assigned within "
					+ ASSIGNMENT_TIMEOUT + " (is the broker up?)", ex);
		}
		this.consumer.assignment().forEach(this.consumer::position);
	}

	private static List<ConsumerRecord<String, String>> recordsOf(Iterable<ConsumerRecord<String, String>> batch) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		batch.forEach(records::add);
		return records;
	}

	private static String describe(List<ConsumerRecord<String, String>> records) {
		return records.stream()
			.map((record) -> record.key() + "=" + record.value())
			.collect(Collectors.joining(", ", "[", "]"));
	}

	/**
	 * Creates the topic with the broker's defaults unless it exists: the shared broker
	 * does not create topics on first use, and a test may publish to a topic another
	 * service owns.
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 */
	public static void createTopicIfAbsent(String bootstrapServers, String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Cannot create topic " + topic, ex.getCause());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topic " + topic, ex);
		}
	}

}
