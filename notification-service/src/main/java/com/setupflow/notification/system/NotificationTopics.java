package com.setupflow.notification.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.setupflow.events.Topics;
import com.setupflow.platform.kafka.TopicFactory;

/**
 * The notification service owns the notifications topic, and the dead-letter topics of
 * the streams it consumes; KafkaAdmin creates what is missing at start. The consumed
 * topics themselves belong to their producers.
 */
@Configuration(proxyBeanMethods = false)
class NotificationTopics {

	@Bean
	KafkaAdmin.NewTopics ownedTopics(TopicFactory topics) {
		return topics.topics(Topics.NOTIFICATIONS);
	}

	@Bean
	KafkaAdmin.NewTopics consumedDeadLetterTopics(TopicFactory topics) {
		return topics.deadLetterTopicsOf(Topics.ORDERS, Topics.PROVISIONING);
	}

}
