package com.setupflow.faults;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.setupflow.events.Topics;

/**
 * Reads every setupflow topic from the beginning, as the billing system and any other
 * consumer would, and counts each event by its id: the ledger's view of what was
 * published. It keeps reading through broker restarts (the client reconnects).
 */
final class EventTap implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final KafkaConsumer<String, String> consumer;

	private final Thread thread;

	private final Map<UUID, Integer> copies = new ConcurrentHashMap<>();

	/** BillingStarted event ids by order id. */
	private final Map<UUID, Set<UUID>> billingStarts = new ConcurrentHashMap<>();

	private final AtomicLong records = new AtomicLong();

	private volatile boolean running = true;

	EventTap(String bootstrapServers, String group) {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
		// The topics appear as the services start: look for new ones often.
		props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
		this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(Pattern.compile("setupflow\\..*"));
		this.thread = new Thread(this::run, "event-tap");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void run() {
		try {
			while (this.running) {
				for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(200))) {
					take(record);
				}
			}
		}
		catch (WakeupException ex) {
			// Closing.
		}
		finally {
			this.consumer.close(Duration.ofSeconds(5));
		}
	}

	private void take(ConsumerRecord<String, String> record) {
		this.records.incrementAndGet();
		JsonNode envelope = json.readTree(record.value());
		UUID eventId = UUID.fromString(envelope.path("eventId").asString());
		this.copies.merge(eventId, 1, Integer::sum);
		if (Topics.BILLING.equals(record.topic()) && "BillingStarted".equals(envelope.path("type").asString())) {
			UUID orderId = UUID.fromString(envelope.path("payload").path("orderId").asString());
			this.billingStarts.computeIfAbsent(orderId, (key) -> ConcurrentHashMap.newKeySet()).add(eventId);
		}
	}

	/** How many distinct BillingStarted events name {@code orderId}. */
	int billingStarts(UUID orderId) {
		return this.billingStarts.getOrDefault(orderId, Set.of()).size();
	}

	boolean seen(UUID eventId) {
		return this.copies.containsKey(eventId);
	}

	/** Of {@code eventIds}, those not read from any topic. */
	Set<UUID> missing(List<UUID> eventIds) {
		Set<UUID> missing = new HashSet<>();
		for (UUID eventId : eventIds) {
			if (!this.copies.containsKey(eventId)) {
				missing.add(eventId);
			}
		}
		return missing;
	}

	/** Events read more than once (the relay's at-least-once; consumers dedupe them). */
	long republished() {
		return this.copies.values().stream().filter((count) -> count > 1).count();
	}

	Map<UUID, Integer> snapshot() {
		return new HashMap<>(this.copies);
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.consumer.wakeup();
		this.thread.join(10_000);
	}

}
