package com.setupflow.provisioning.casefile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.setupflow.events.Topics;
import com.setupflow.platform.kafka.TopicFactory;

/**
 * The dead-letter topic of the order stream belongs to its consumer, so this service
 * creates it. The order topic itself is the order service's to create.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterTopics {

	@Bean
	KafkaAdmin.NewTopics orderDeadLetterTopic(TopicFactory topics) {
		return topics.deadLetterTopicsOf(Topics.ORDERS);
	}

}
