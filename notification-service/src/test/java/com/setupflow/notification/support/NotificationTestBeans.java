package com.setupflow.notification.support;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.TopicBuilder;

import com.setupflow.events.Topics;
import com.setupflow.testsupport.MutableClock;

/**
 * What the integration tests add to the service: a clock they move, and the topics the
 * service consumes.
 */
@TestConfiguration(proxyBeanMethods = false)
class NotificationTestBeans {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(NotificationServiceTest.START);
	}

	/**
	 * The consumed topics are their producers' to create; in these tests nobody else
	 * does, and the broker does not create topics on first use.
	 */
	@Bean
	NewTopic ordersTopic() {
		return TopicBuilder.name(Topics.ORDERS).partitions(1).replicas(1).build();
	}

	@Bean
	NewTopic provisioningTopic() {
		return TopicBuilder.name(Topics.PROVISIONING).partitions(1).replicas(1).build();
	}

}
