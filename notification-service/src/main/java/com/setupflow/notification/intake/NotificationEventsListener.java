package com.setupflow.notification.intake;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.MalformedEventException;
import com.setupflow.events.Topics;

/**
 * Feeds the provisioning and order streams to the {@link NotificationIntake}, each on its
 * own consumer thread, a polled batch per transaction: a morning's invitations arrive by
 * the hundred thousand, and one commit per email would cap the rate.
 *
 * <p>
 * When a batch fails, its records are tried one by one to find the failing one; those
 * before it are committed, and the platform's error handler treats that record as it
 * would on its own: retried while the failure is transient, sent to the dead-letter topic
 * when it is not an event.
 */
@Component
class NotificationEventsListener {

	private final NotificationIntake intake;

	NotificationEventsListener(NotificationIntake intake) {
		this.intake = intake;
	}

	@KafkaListener(topics = Topics.PROVISIONING, batch = "true")
	void onProvisioningEvents(List<ConsumerRecord<String, String>> records) {
		handle(records);
	}

	@KafkaListener(topics = Topics.ORDERS, batch = "true")
	void onOrderEvents(List<ConsumerRecord<String, String>> records) {
		handle(records);
	}

	private void handle(List<ConsumerRecord<String, String>> records) {
		try {
			this.intake.handle(records.stream().map(NotificationEventsListener::read).toList());
		}
		catch (RuntimeException batchFailure) {
			for (int i = 0; i < records.size(); i++) {
				try {
					this.intake.handle(List.of(read(records.get(i))));
				}
				catch (RuntimeException ex) {
					throw new BatchListenerFailedException(ex.getMessage(), ex, i);
				}
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
