package com.setupflow.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SharedInfrastructureTest {

	@Test
	void registersSpringPropertiesPointingAtRunningServers() throws Exception {
		Map<String, Supplier<Object>> properties = new HashMap<>();
		SharedInfrastructure.register(properties::put, "orders");

		assertThat(properties).containsOnlyKeys("spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password", "spring.kafka.bootstrap-servers", "spring.mail.host", "spring.mail.port");
		assertThat(properties.get("spring.datasource.url").get()).isEqualTo(SharedInfrastructure.jdbcUrl("orders"))
			.asString()
			.startsWith("jdbc:postgresql://localhost:")
			.endsWith("/orders");
		assertThat(properties.get("spring.kafka.bootstrap-servers").get())
			.isEqualTo(SharedInfrastructure.kafkaBootstrapServers());
		assertThat(properties.get("spring.mail.port").get()).isEqualTo(SharedInfrastructure.mail().smtpPort());

		try (Connection connection = SharedInfrastructure.dataSource("orders").getConnection();
				Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE IF NOT EXISTS probe (id int)");
			try (ResultSet rows = sql.executeQuery("SELECT current_database()")) {
				rows.next();
				assertThat(rows.getString(1)).isEqualTo("orders");
			}
		}
	}

	@Test
	void serversAreStartedOncePerJvm() {
		assertThat(SharedInfrastructure.isEmbedded()).isTrue();
		assertThat(SharedInfrastructure.kafka()).isSameAs(SharedInfrastructure.kafka());
		assertThat(SharedInfrastructure.postgres()).isSameAs(SharedInfrastructure.postgres());
		assertThat(SharedInfrastructure.mail()).isSameAs(SharedInfrastructure.mail());
		assertThat(SharedInfrastructure.kafka().isRunning()).isTrue();
	}

	@Test
	void mailSentToTheRegisteredSmtpPortIsReceived() throws Exception {
		Map<String, Supplier<Object>> properties = new HashMap<>();
		SharedInfrastructure.register(properties::put, "notifications");
		Properties smtp = new Properties();
		smtp.put("mail.smtp.host", properties.get("spring.mail.host").get());
		smtp.put("mail.smtp.port", String.valueOf(properties.get("spring.mail.port").get()));
		MimeMessage message = new MimeMessage(Session.getInstance(smtp));
		message.setFrom(new InternetAddress("no-reply@setupflow.example"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("shared-infra@acme.example"));
		message.setSubject("Shared infrastructure");
		message.setText("hello");
		Transport.send(message);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> SharedInfrastructure.mail().messagesTo("shared-infra@acme.example").size() == 1);
	}

}
