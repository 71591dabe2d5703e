package com.setupflow.provisioning.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.setupflow.events.Topics;
import com.setupflow.platform.kafka.TopicFactory;

/**
 * The topics this service creates at start when missing: its own stream, and the
 * dead-letter topic of the order stream it consumes. The order topic itself is the order
 * service's to create.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopics {

	@Bean
	KafkaAdmin.NewTopics provisioningTopic(TopicFactory topics) {
		return topics.topics(Topics.PROVISIONING);
	}

	/** Read by the billing system: BillingStarted, keyed by subscription id. */
	@Bean
	KafkaAdmin.NewTopics billingTopic(TopicFactory topics) {
		return topics.topics(Topics.BILLING);
	}

	@Bean
	KafkaAdmin.NewTopics orderDeadLetterTopic(TopicFactory topics) {
		return topics.deadLetterTopicsOf(Topics.ORDERS);
	}

}
