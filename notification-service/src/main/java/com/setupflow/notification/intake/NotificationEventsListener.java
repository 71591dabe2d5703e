package com.setupflow.notification.intake;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.setupflow.events.Topics;
import com.setupflow.platform.kafka.EventBatches;

/**
 * Feeds the provisioning and order streams to the {@link NotificationIntake}, each on its
 * own consumer thread, a polled batch per transaction and as a whole (see
 * {@link EventBatches#applyAll}): a morning's invitations arrive by the hundred thousand,
 * and one commit, or even a few round trips, per email would cap the rate.
 */
@Component
class NotificationEventsListener {

	private final NotificationIntake intake;

	private final EventBatches batches;

	NotificationEventsListener(NotificationIntake intake, EventBatches batches) {
		this.intake = intake;
		this.batches = batches;
	}

	@KafkaListener(topics = Topics.PROVISIONING, batch = "true")
	void onProvisioningEvents(List<ConsumerRecord<String, String>> records) {
		this.batches.applyAll(records, this.intake::handleAll);
	}

	@KafkaListener(topics = Topics.ORDERS, batch = "true")
	void onOrderEvents(List<ConsumerRecord<String, String>> records) {
		this.batches.applyAll(records, this.intake::handleAll);
	}

}
