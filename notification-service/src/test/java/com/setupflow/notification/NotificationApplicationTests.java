package com.setupflow.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.setupflow.embedded.ReceivedMail;
import com.setupflow.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationApplicationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "notifications");
	}

	@LocalServerPort
	int port;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	JdbcClient jdbc;

	RestTestClient http;

	@BeforeEach
	void connect() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void isReadyWhenItsDatabaseAndMailServerAreReachable() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mail.status")
			.isEqualTo("UP");
	}

	@Test
	void isAliveWithoutCheckingItsDependencies() {
		this.http.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mail")
			.doesNotExist();
	}

	@Test
	void refusesASecondDeliveryLogEntryForTheSameCauseRecipientAndTemplate() {
		UUID cause = UUID.randomUUID();
		logDelivery(cause, "deploy@acme.example", "configure-now");
		logDelivery(cause, "deploy@acme.example", "setup-reminder");

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> logDelivery(cause, "deploy@acme.example", "configure-now"));
		assertThat(this.jdbc.sql("select count(*) from delivery_log where cause_event_id = ?")
			.param(cause)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void createsThePlatformTablesNextToItsOwn() {
		assertThat(this.jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
			.query(String.class)
			.list()).contains("delivery_log", "outbox_event", "processed_event");
	}

	@Test
	void deliversMailThroughTheConfiguredSmtpServer() {
		String recipient = "contact-" + UUID.randomUUID() + "@customer.example";
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("setupflow@vendor.example");
		message.setTo(recipient);
		message.setSubject("Configure now");
		message.setText("Your order is ready to set up.");

		this.mailSender.send(message);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(SharedInfrastructure.mail().messagesTo(recipient)).singleElement()
				.satisfies((ReceivedMail received) -> {
					assertThat(received.subject()).isEqualTo("Configure now");
					assertThat(received.from()).isEqualTo("setupflow@vendor.example");
					assertThat(received.textBody()).contains("ready to set up");
				}));
	}

	@Test
	void exposesPrometheusMetricsTaggedWithItsName() {
		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("application=\"notification-service\""));
	}

	@Test
	void servesItsOpenApiDocument() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.exists();
	}

	private void logDelivery(UUID cause, String recipient, String template) {
		this.jdbc
			.sql("insert into delivery_log (id, cause_event_id, recipient, template, status, created_at)"
					+ " values (?, ?, ?, ?, 'PENDING', ?)")
			.params(UUID.randomUUID(), cause, recipient, template, java.sql.Timestamp.from(Instant.now()))
			.update();
	}

}
