package com.setupflow.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Builds the topics a service owns (and the dead-letter topics of those it consumes) with
 * the configured partitions and replicas. Declare the result as a bean; KafkaAdmin
 * creates what is missing at start.
 */
public class TopicFactory {

	/** Suffix of the topic where unreadable records of a consumed topic go. */
	public static final String DEAD_LETTER_SUFFIX = ".DLT";

	private final KafkaTopicsProperties properties;

	public TopicFactory(KafkaTopicsProperties properties) {
		this.properties = properties;
	}

	public KafkaAdmin.NewTopics topics(String... names) {
		return new KafkaAdmin.NewTopics(java.util.Arrays.stream(names).map(this::topic).toArray(NewTopic[]::new));
	}

	public KafkaAdmin.NewTopics deadLetterTopicsOf(String... consumedTopics) {
		return new KafkaAdmin.NewTopics(java.util.Arrays.stream(consumedTopics)
			.map((name) -> topic(name + DEAD_LETTER_SUFFIX))
			.toArray(NewTopic[]::new));
	}

	private NewTopic topic(String name) {
		return TopicBuilder.name(name)
			.partitions(this.properties.partitions())
			.replicas(this.properties.replicas())
			.build();
	}

}
