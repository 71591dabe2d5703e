package com.setupflow.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.setupflow.platform.outbox.OutboxStore.PendingEvent;

/**
 * Publishes committed outbox events to Kafka, oldest first, and marks them published in
 * the same transaction that held the relay lock. A crash between send and mark publishes
 * a batch again: consumers are idempotent, so at-least-once is enough and nothing is
 * lost.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private static final long CLEANUP_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

	private final OutboxStore store;

	private final KafkaTemplate<String, String> kafka;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	private final Counter published;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition work = this.lock.newCondition();

	private boolean woken;

	private long lastCleanup = System.nanoTime();

	private volatile Thread worker;

	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions,
			OutboxProperties properties, MeterRegistry meters) {
		this.store = new OutboxStore(jdbc);
		this.kafka = kafka;
		this.transactions = transactions;
		this.properties = properties;
		this.published = Counter.builder("setupflow.outbox.published")
			.description("Events the outbox relay published to Kafka")
			.register(meters);
		Gauge.builder("setupflow.outbox.pending", this.store, OutboxStore::countUnpublished)
			.description("Committed events not yet published to Kafka")
			.register(meters);
	}

	/** Asks the relay to look for new events now rather than at its next poll. */
	public void wakeUp() {
		this.lock.lock();
		try {
			this.woken = true;
			this.work.signal();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Publishes one batch if this instance holds the relay lock.
	 * @return the number of events published
	 */
	public int publishBatch() {
		Integer count = this.transactions.execute((status) -> {
			if (!this.store.tryLeadership()) {
				return 0;
			}
			List<PendingEvent> batch = this.store.nextBatch(this.properties.batchSize());
			if (batch.isEmpty()) {
				return 0;
			}
			sendAll(batch);
			this.store.markPublished(batch);
			return batch.size();
		});
		this.published.increment(count);
		return count;
	}

	private void sendAll(List<PendingEvent> batch) {
		CompletableFuture<?>[] sends = batch.stream().map(this::send).toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.allOf(sends).get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing the outbox", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kafka did not acknowledge an outbox batch; it will be retried", ex);
		}
	}

	private CompletableFuture<?> send(PendingEvent event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
		record.headers().add("eventId", event.eventId().getBytes(StandardCharsets.UTF_8));
		record.headers().add("eventType", event.type().getBytes(StandardCharsets.UTF_8));
		return this.kafka.send(record);
	}

	private void run() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				// Drain: a full batch means more may be waiting.
				while (publishBatch() == this.properties.batchSize()) {
				}
				deleteExpiredEventsNowAndThen();
				awaitWork();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				logger.warn("Outbox relay round failed, retrying after {}: {}", this.properties.pollInterval(),
						ex.getMessage());
				pauseAfterFailure();
			}
		}
	}

	/**
	 * Deletes published events older than the retention; unpublished ones always stay.
	 * @return how many were deleted
	 */
	public int deleteExpiredEvents() {
		return this.transactions.execute((status) -> this.store.deletePublishedOlderThan(this.properties.retention()));
	}

	/** The relay cleans up at most once a minute. */
	private void deleteExpiredEventsNowAndThen() {
		if (System.nanoTime() - this.lastCleanup >= CLEANUP_INTERVAL_NANOS) {
			this.lastCleanup = System.nanoTime();
			deleteExpiredEvents();
		}
	}

	private void awaitWork() throws InterruptedException {
		this.lock.lock();
		try {
			if (!this.woken) {
				this.work.await(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
			}
			this.woken = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void pauseAfterFailure() {
		try {
			TimeUnit.MILLISECONDS.sleep(this.properties.pollInterval().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		if (this.properties.enabled()) {
			Thread thread = new Thread(this::run, "outbox-relay");
			thread.setDaemon(true);
			this.worker = thread;
			thread.start();
		}
	}

	@Override
	public void stop() {
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(this.properties.sendTimeout().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.worker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

	/** Stops before the Kafka producer and the data source do. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1000;
	}

}
