package com.setupflow.order.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.setupflow.events.Topics;
import com.setupflow.platform.kafka.TopicFactory;

/**
 * The order service owns the orders topic, and the dead-letter topics of what it reads,
 * and creates them at start when missing.
 */
@Configuration(proxyBeanMethods = false)
class OrderTopics {

	@Bean
	KafkaAdmin.NewTopics ownedTopics(TopicFactory topics) {
		return topics.topics(Topics.ORDERS);
	}

	/** Where unreadable records of the streams this service reads are set aside. */
	@Bean
	KafkaAdmin.NewTopics deadLetterTopics(TopicFactory topics) {
		return topics.deadLetterTopicsOf(Topics.PROVISIONING, Topics.NOTIFICATIONS);
	}

}
