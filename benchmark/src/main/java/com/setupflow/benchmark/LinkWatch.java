package com.setupflow.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.setupflow.events.EventTypes;
import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.SetupLinkIssued;

/**
 * Watches the provisioning topic from now on and notes when each order's first setup link
 * was published, and how many more came for the same order.
 */
final class LinkWatch implements AutoCloseable {

	private static final String LINK_ISSUED = EventTypes.all()
		.stream()
		.filter((type) -> type.payloadClass() == SetupLinkIssued.class)
		.findFirst()
		.orElseThrow()
		.name();

	private final Map<UUID, Long> firstSeenMillis = new ConcurrentHashMap<>();

	private final AtomicInteger duplicates = new AtomicInteger();

	private final Thread reader;

	private volatile boolean running = true;

	LinkWatch(String bootstrap) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer());
		List<TopicPartition> partitions = consumer.partitionsFor(Topics.PROVISIONING, Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position);
		this.reader = new Thread(() -> read(consumer), "link-watch");
		this.reader.start();
	}

	private void read(KafkaConsumer<String, String> consumer) {
		try (consumer) {
			while (this.running) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					long now = System.currentTimeMillis();
					// The relay's headers and key (the order id) say enough: not parsing
					// 100,000 payloads keeps the watch's CPU off the machine under test.
					Header type = record.headers().lastHeader("eventType");
					if (type != null && LINK_ISSUED.equals(new String(type.value(), StandardCharsets.UTF_8))
							&& this.firstSeenMillis.putIfAbsent(UUID.fromString(record.key()), now) != null) {
						this.duplicates.incrementAndGet();
					}
				}
			}
		}
	}

	int seen() {
		return this.firstSeenMillis.size();
	}

	int duplicates() {
		return this.duplicates.get();
	}

	Set<UUID> orders() {
		return this.firstSeenMillis.keySet();
	}

	/** Milliseconds from {@code dueMillis} to each order's first link. */
	long[] latenciesFrom(long dueMillis) {
		return this.firstSeenMillis.values().stream().mapToLong((seen) -> seen - dueMillis).toArray();
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.reader.join(10_000);
	}

}
