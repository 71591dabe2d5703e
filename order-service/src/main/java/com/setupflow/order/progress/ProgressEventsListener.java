package com.setupflow.order.progress;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.setupflow.events.Topics;
import com.setupflow.platform.kafka.EventBatches;

/**
 * Feeds the provisioning and notification streams to the {@link ProgressEventHandler}, a
 * polled batch per transaction (see {@link EventBatches}): a burst of invitations comes
 * back as a burst of reports.
 */
@Component
class ProgressEventsListener {

	private final ProgressEventHandler handler;

	private final EventBatches batches;

	ProgressEventsListener(ProgressEventHandler handler, EventBatches batches) {
		this.handler = handler;
		this.batches = batches;
	}

	@KafkaListener(topics = { Topics.PROVISIONING, Topics.NOTIFICATIONS }, batch = "true")
	void onEvents(List<ConsumerRecord<String, String>> records) {
		this.batches.applyAll(records, this.handler::handleAll);
	}

}
