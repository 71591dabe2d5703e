package com.setupflow.provisioning.orderstream;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.setupflow.events.EventJson;
import com.setupflow.events.MalformedEventException;
import com.setupflow.events.Topics;

/**
 * Feeds the order stream to the {@link OrderEventHandler}. A record that is not an event
 * fails with {@link MalformedEventException}, which the platform's error handler sends to
 * the dead-letter topic so the partition moves on.
 */
@Component
class OrderEventsListener {

	private final OrderEventHandler handler;

	OrderEventsListener(OrderEventHandler handler) {
		this.handler = handler;
	}

	@KafkaListener(topics = Topics.ORDERS)
	void onOrderEvent(ConsumerRecord<String, String> record) {
		if (record.value() == null) {
			throw new MalformedEventException("Empty record at offset " + record.offset());
		}
		this.handler.handle(EventJson.read(record.value()));
	}

}
