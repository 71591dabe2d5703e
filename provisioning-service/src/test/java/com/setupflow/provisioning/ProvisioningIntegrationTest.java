package com.setupflow.provisioning;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.setupflow.events.Topics;
import com.setupflow.testsupport.SharedInfrastructure;

/**
 * The whole service on the shared PostgreSQL and Kafka broker. Every integration test
 * extends this class so they all share one application context: two contexts would be two
 * members of the same consumer group, each getting half the records.
 */
@SpringBootTest(classes = { ProvisioningApplication.class, ProvisioningIntegrationTest.OrdersTopic.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ProvisioningIntegrationTest {

	private static KafkaProducer<String, String> producer;

	@LocalServerPort
	private int port;

	@Autowired
	protected JdbcClient jdbc;

	protected RestTestClient http;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "provisioning");
	}

	@BeforeEach
	void connect() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@AfterAll
	static void closeProducer() {
		if (producer != null) {
			producer.close();
			producer = null;
		}
	}

	/**
	 * Publishes a record to the order topic the way the order service's relay does, and
	 * waits for the broker's acknowledgement.
	 */
	protected static void publish(UUID key, String value) {
		try {
			producer().send(new ProducerRecord<>(Topics.ORDERS, key.toString(), value)).get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not take the record", ex);
		}
	}

	protected static void publish(TestOrderEvent event) {
		publish(event.orderId(), event.json());
	}

	/** Whether this service has applied (or deliberately ignored) the event. */
	protected boolean processed(TestOrderEvent event) {
		return processedRows(event.eventId()) > 0;
	}

	protected long processedRows(UUID eventId) {
		return this.jdbc.sql("select count(*) from processed_event where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single();
	}

	private static synchronized KafkaProducer<String, String> producer() {
		if (producer == null) {
			producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
					SharedInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
					StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.ACKS_CONFIG, "all"));
		}
		return producer;
	}

	/**
	 * The order topic is the order service's to create; in these tests nobody else does,
	 * and the broker does not create topics on first use.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OrdersTopic {

		@Bean
		NewTopic ordersTopic() {
			return TopicBuilder.name(Topics.ORDERS).partitions(1).replicas(1).build();
		}

	}

}
