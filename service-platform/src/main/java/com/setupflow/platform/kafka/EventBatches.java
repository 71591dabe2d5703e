package com.setupflow.platform.kafka;

import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.MalformedEventException;
import com.setupflow.platform.logging.Correlation;

/**
 * Applies a batch of consumed events in one database transaction: one commit for hundreds
 * of events instead of one each, which is what lets a burst of 100,000 events through in
 * seconds. Idempotent handlers make the batch safe to replay.
 *
 * <p>
 * When the batch fails for a reason that will not pass, the events are applied one by
 * one, each in its own transaction, so the culprit is found and handed to the error
 * handler (retries, then the dead-letter topic) while the events before it stay applied.
 * A failure that may pass (the database is down) fails the whole batch, to be retried as
 * it is.
 */
public class EventBatches {

	private static final Logger logger = LoggerFactory.getLogger(EventBatches.class);

	private final TransactionTemplate transactions;

	public EventBatches(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	/**
	 * Reads each record as an event envelope and gives it to {@code handler}, all in one
	 * transaction when possible.
	 */
	public void apply(List<ConsumerRecord<String, String>> records, Consumer<EventEnvelope> handler) {
		applyAll(records, (envelopes) -> envelopes.forEach((envelope) -> {
			try (Correlation.Scope scope = Correlation.open(envelope)) {
				handler.accept(envelope);
			}
		}));
	}

	/**
	 * Gives the whole batch to {@code handler} in one transaction, for handlers that
	 * apply events set-wise (one statement for many events); when that fails for a reason
	 * that will not pass, gives it the events one at a time, each in its own transaction.
	 * Handlers must keep each entity's events in the order given.
	 */
	public void applyAll(List<ConsumerRecord<String, String>> records, Consumer<List<EventEnvelope>> handler) {
		try {
			this.transactions
				.executeWithoutResult((status) -> handler.accept(records.stream().map(EventBatches::read).toList()));
		}
		catch (RuntimeException ex) {
			if (TransientFailures.isTransient(ex)) {
				throw ex;
			}
			logger.info("A batch of {} events failed ({}); applying them one by one", records.size(), ex.getMessage());
			applyOneByOne(records, handler);
		}
	}

	private void applyOneByOne(List<ConsumerRecord<String, String>> records, Consumer<List<EventEnvelope>> handler) {
		for (int i = 0; i < records.size(); i++) {
			ConsumerRecord<String, String> record = records.get(i);
			try {
				this.transactions.executeWithoutResult((status) -> handler.accept(List.of(read(record))));
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException(
						"Event at " + record.topic() + "-" + record.partition() + "@" + record.offset() + " failed", ex,
						i);
			}
		}
	}

	private static EventEnvelope read(ConsumerRecord<String, String> record) {
		if (record.value() == null) {
			throw new MalformedEventException("Empty record at " + record.topic() + "@" + record.offset());
		}
		return EventJson.read(record.value());
	}

}
