package com.setupflow.provisioning;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.testsupport.MutableClock;
import com.setupflow.testsupport.KafkaTestProducer;
import com.setupflow.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on the shared PostgreSQL and Kafka broker, with a clock the test
 * controls. Every integration test extends this class so they all share one application
 * context: two contexts would be two members of the same consumer group, each getting
 * half the records.
 */
@SpringBootTest(classes = { ProvisioningApplication.class, ProvisioningIntegrationTest.TestBeans.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "setupflow.links.base-url=" + ProvisioningIntegrationTest.PUBLIC_BASE_URL,
				// Trials fall due as soon as a test moves the clock.
				"setupflow.trials.sweep-interval=200ms" })
public abstract class ProvisioningIntegrationTest {

	/**
	 * Where setup links point in these tests; the trailing slash must not double up in
	 * the links.
	 */
	public static final String PUBLIC_BASE_URL = "https://setup.test.example/";

	/** What every setup link of these tests starts with; the token follows. */
	public static final String LINK_PREFIX = PUBLIC_BASE_URL + "setup/";

	/** The start date of the order fixtures, 09:00 in Paris. */
	public static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private static final HttpClient browser = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	protected RestTestClient http;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "provisioning");
	}

	@BeforeEach
	void connectAndResetClock() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		this.clock.set(NOW);
	}

	/** Publishes a record to the order topic as the order service's relay does. */
	protected static void publish(UUID key, String value) {
		KafkaTestProducer.publish(Topics.ORDERS, key.toString(), value);
	}

	protected static void publish(TestOrderEvent event) {
		publish(event.orderId(), event.json());
	}

	/** Publishes the events in one burst, so the service polls many of them at once. */
	protected static void publishAll(List<TestOrderEvent> events) {
		KafkaTestProducer.publishAll(events.stream()
			.map((event) -> new ProducerRecord<>(Topics.ORDERS, event.orderId().toString(), event.json()))
			.toList());
	}

	/**
	 * Places the order, lets its setup fall due and waits for the link.
	 * @param placed an {@code OrderPlaced} event
	 * @return the one link issued
	 */
	protected static SetupLinkIssued issueLink(ProvisioningStream events, TestOrderEvent placed) {
		publish(placed);
		publish(TestOrderEvent.of("SetupDue", placed.orderId()));
		return events.await(placed.orderId(), "SetupLinkIssued", 1).get(0).payloadAs(SetupLinkIssued.class);
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

	/**
	 * Opens a setup link as a browser would, but on this test's server: the link names
	 * the public base URL, the server listens on a random local port.
	 * @param setupUrl the link from a {@code SetupLinkIssued}
	 * @param headers request header names and values, in pairs
	 */
	protected HttpResponse<String> open(String setupUrl, String... headers) {
		assertThat(setupUrl).startsWith(LINK_PREFIX);
		return get("/setup/" + setupUrl.substring(LINK_PREFIX.length()), headers);
	}

	/** A GET of a path of this test's server, the body read as text. */
	protected HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return browser.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestBeans {

		/**
		 * The order topic is the order service's to create; in these tests nobody else
		 * does, and the broker does not create topics on first use.
		 */
		@Bean
		NewTopic ordersTopic() {
			return TopicBuilder.name(Topics.ORDERS).partitions(1).replicas(1).build();
		}

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(NOW);
		}

	}

}
