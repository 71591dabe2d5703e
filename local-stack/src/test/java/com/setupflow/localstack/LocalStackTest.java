package com.setupflow.localstack;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalStackTest {

	@Test
	void defaultsMatchTheDocumentedPorts() {
		LocalStackOptions options = LocalStackOptions.parse();

		assertThat(options.dataDir()).isEqualTo(Path.of(".local-stack").toAbsolutePath().normalize());
		assertThat(options)
			.extracting(LocalStackOptions::postgresPort, LocalStackOptions::kafkaPort, LocalStackOptions::smtpPort,
					LocalStackOptions::imapPort, LocalStackOptions::mailboxPort, LocalStackOptions::orderPort,
					LocalStackOptions::provisioningPort, LocalStackOptions::notificationPort)
			.containsExactly(5433, 9092, 3025, 3143, 8025, 8081, 8082, 8083);
		assertThat(options.infraOnly()).isFalse();
	}

	@Test
	void optionsOverrideDefaultsAndTyposAreRejected() {
		LocalStackOptions options = LocalStackOptions.parse("--data-dir=/tmp/stack", "--postgres-port=6543",
				"--infra-only");

		assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/stack"));
		assertThat(options.postgresPort()).isEqualTo(6543);
		assertThat(options.infraOnly()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> LocalStackOptions.parse("--postgres-prot=1"));
		assertThatIllegalArgumentException().as("no room for the notification database's server")
			.isThrownBy(() -> LocalStackOptions.parse("--postgres-port=65534"));
		assertThatIllegalArgumentException().isThrownBy(() -> LocalStackOptions.parse("--kafka-port=x"));
	}

	@Test
	void eachServiceGetsItsDatabaseOnItsOwnServerAndOnlyTheOrderServiceGetsTheApiKey() {
		LocalStack stack = new LocalStack(LocalStackOptions.parse());

		Map<String, String> order = stack.environment(Service.ORDER);
		Map<String, String> notification = stack.environment(Service.NOTIFICATION);

		assertThat(order).containsEntry("SERVER_PORT", "8081")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5433/orders")
			.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
			.containsEntry("SETUPFLOW_KAFKA_TOPICS_PARTITIONS", "2")
			.containsEntry("SPRING_KAFKA_LISTENER_CONCURRENCY", "2")
			.containsEntry("SPRING_MAIL_HOST", "localhost")
			.containsEntry("SPRING_MAIL_PORT", "3025")
			.containsEntry("SETUPFLOW_PUBLIC_BASE_URL_PROVISIONING", "http://localhost:8082")
			.containsEntry("SETUPFLOW_API_BOOTSTRAP_KEY", LocalStack.LOCAL_API_KEY);
		assertThat(notification)
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5435/notifications")
			.doesNotContainKey("SETUPFLOW_API_BOOTSTRAP_KEY");
	}

	@Test
	void theDatabaseServersTakeTheThreePortsFromThePostgresPortOnAndTheBannerNamesEach() {
		LocalStackOptions options = LocalStackOptions.parse("--postgres-port=6543");
		LocalStack stack = new LocalStack(options);

		assertThat(stack.environment(Service.ORDER)).containsEntry("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://localhost:6543/orders");
		assertThat(stack.environment(Service.PROVISIONING)).containsEntry("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://localhost:6544/provisioning");
		assertThat(stack.environment(Service.NOTIFICATION)).containsEntry("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://localhost:6545/notifications");
		assertThat(Banner.render(options, Map.of(), LocalDate.of(2026, 3, 2))).contains(
				"jdbc:postgresql://localhost:6543/orders", "jdbc:postgresql://localhost:6544/provisioning",
				"jdbc:postgresql://localhost:6545/notifications");
	}

	@Test
	void aShortStallDelayReachesTheOrderServiceOnly() {
		LocalStack stack = new LocalStack(LocalStackOptions.parse("--stall-after=2m"));

		assertThat(stack.environment(Service.ORDER)).containsEntry("SETUPFLOW_TIMERS_STALL_AFTER", "2m");
		assertThat(stack.environment(Service.NOTIFICATION)).doesNotContainKey("SETUPFLOW_TIMERS_STALL_AFTER");
		assertThat(new LocalStack(LocalStackOptions.parse()).environment(Service.ORDER))
			.doesNotContainKey("SETUPFLOW_TIMERS_STALL_AFTER");
		assertThatIllegalArgumentException().isThrownBy(() -> LocalStackOptions.parse("--stall-after=soon"));
	}

	@Test
	void servicePortOptionsReachTheServicesAndTheBanner() {
		LocalStackOptions options = LocalStackOptions.parse("--order-port=18081", "--provisioning-port=18082",
				"--notification-port=18083");
		LocalStack stack = new LocalStack(options);

		assertThat(stack.environment(Service.ORDER)).containsEntry("SERVER_PORT", "18081")
			.containsEntry("SETUPFLOW_PUBLIC_BASE_URL_PROVISIONING", "http://localhost:18082");
		assertThat(stack.environment(Service.PROVISIONING)).containsEntry("SERVER_PORT", "18082");
		assertThat(stack.environment(Service.NOTIFICATION)).containsEntry("SERVER_PORT", "18083");
		assertThat(Banner.render(options, Map.of(Service.PROVISIONING, true), LocalDate.of(2026, 3, 2)))
			.contains("curl -i -X POST http://localhost:18081/api/v1/orders")
			.contains("http://localhost:18082/api/v1/provisioning/<order id>")
			.doesNotContain(":8081", ":8082", ":8083");
	}

	@Test
	void firstOrderCurlUsesTodayAndTheLocalKey() {
		String curl = Banner.firstOrderCurl(LocalStackOptions.parse(), LocalDate.of(2026, 3, 2));

		assertThat(curl).startsWith("curl -i -X POST http://localhost:8081/api/v1/orders")
			.contains("Authorization: Bearer " + LocalStack.LOCAL_API_KEY)
			.contains("\"requestedStartDate\":\"2026-03-02\"");
	}

}
