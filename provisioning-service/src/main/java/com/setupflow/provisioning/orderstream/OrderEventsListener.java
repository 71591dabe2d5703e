package com.setupflow.provisioning.orderstream;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.setupflow.events.Topics;
import com.setupflow.platform.kafka.EventBatches;

/**
 * Feeds the order stream to the {@link OrderEventHandler}, a polled batch per transaction
 * (see {@link EventBatches}): a morning's 100,000 invitations must not cost 100,000
 * commits, nor 800,000 statements, so the handler sees the whole batch and applies its
 * {@code SetupDue} events set-wise. A record that is not an event goes to the dead-letter
 * topic, and the partition moves on.
 */
@Component
class OrderEventsListener {

	private final OrderEventHandler handler;

	private final EventBatches batches;

	OrderEventsListener(OrderEventHandler handler, EventBatches batches) {
		this.handler = handler;
		this.batches = batches;
	}

	@KafkaListener(topics = Topics.ORDERS, batch = "true")
	void onOrderEvents(List<ConsumerRecord<String, String>> records) {
		this.batches.applyAll(records, this.handler::handleAll);
	}

}
