package com.setupflow.order.progress;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.setupflow.events.EventJson;
import com.setupflow.events.MalformedEventException;
import com.setupflow.events.Topics;

/**
 * Feeds the provisioning and notification streams to the {@link ProgressEventHandler}.
 */
@Component
class ProgressEventsListener {

	private final ProgressEventHandler handler;

	ProgressEventsListener(ProgressEventHandler handler) {
		this.handler = handler;
	}

	@KafkaListener(topics = { Topics.PROVISIONING, Topics.NOTIFICATIONS })
	void onEvent(ConsumerRecord<String, String> record) {
		if (record.value() == null) {
			throw new MalformedEventException("Empty record at " + record.topic() + "@" + record.offset());
		}
		this.handler.handle(EventJson.read(record.value()));
	}

}
