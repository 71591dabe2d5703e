package com.setupflow.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How topics are created: 1 partition and 1 replica locally, 3 and 3 in production.
 *
 * @param partitions partitions of each topic this service owns
 * @param replicas replication factor of each topic this service owns
 */
@ConfigurationProperties("setupflow.kafka.topics")
public record KafkaTopicsProperties(@DefaultValue("1") int partitions, @DefaultValue("1") short replicas) {

}
