package com.setupflow.localstack;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the local stack prints once it is up: where everything is, and a first request to
 * try.
 */
final class Banner {

	/**
	 * The embedded PostgreSQL trusts local connections; the password only keeps clients
	 * happy.
	 */
	static final String POSTGRES_USER = "postgres";

	static final String POSTGRES_PASSWORD = "postgres";

	private Banner() {
	}

	static String render(LocalStackOptions options, Map<Service, Boolean> ready, LocalDate today) {
		StringBuilder text = new StringBuilder("\n");
		text.append("setupflow local stack (data in ").append(options.dataDir()).append(")\n\n");
		for (Map.Entry<Service, Boolean> entry : ready.entrySet()) {
			Service service = entry.getKey();
			String url = options.url(service);
			String api = service.equals(Service.ORDER) ? url + "/api/v1/orders" : url;
			text.append(String.format("  %-22s %-40s %s%n", service.name(), api,
					entry.getValue() ? "ready" : "NOT READY, see logs/" + service.name() + ".log"));
			text.append(String.format("  %-22s %s/swagger-ui.html%n", "", url));
		}
		if (ready.isEmpty()) {
			text.append("  (services not started: --infra-only)\n");
		}
		text.append(String.format("  %-22s http://localhost:%d%n", "Mailbox", options.mailboxPort()));
		text.append(String.format("  %-22s localhost:%d (user and password: the email address)%n", "IMAP",
				options.imapPort()));
		text.append(String.format("  %-22s localhost:%d%n", "SMTP", options.smtpPort()));
		String label = "PostgreSQL";
		for (Service service : Service.ALL) {
			text.append(String.format("  %-22s jdbc:postgresql://localhost:%d/%s%n", label,
					options.postgresPort(service), service.database()));
			label = "";
		}
		text.append(String.format("  %-22s user %s, password %s%n", "", POSTGRES_USER, POSTGRES_PASSWORD));
		text.append(String.format("  %-22s localhost:%d%n", "Kafka", options.kafkaPort()));
		text.append(String.format("  %-22s %s%n", "Logs", options.dataDir().resolve("logs")));
		text.append(String.format("%n  %-22s %s%n", "Local API key", LocalStack.LOCAL_API_KEY));
		text.append(String.format("  %-22s %s/dashboard (%s / %s)%n", "Rep dashboard", options.url(Service.ORDER),
				LocalStack.LOCAL_REP_EMAIL, LocalStack.LOCAL_REP_PASSWORD));
		text.append("\nPlace a first order; its provisioning case then appears at " + options.url(Service.PROVISIONING)
				+ "/api/v1/provisioning/<order id>:\n\n");
		text.append(firstOrderCurl(options, today))
			.append("\n\nCtrl-C stops everything; the data stays for the next run.\n");
		return text.toString();
	}

	/**
	 * The sample order's zone: "today" there is the earliest start date it may ask for.
	 */
	static final ZoneId FIRST_ORDER_ZONE = ZoneId.of("Europe/Paris");

	static String firstOrderCurl(LocalStackOptions options, LocalDate today) {
		String body = "{\"orderNumber\":\"CCW-100234\",\"partner\":{\"id\":\"P-1001\",\"name\":\"Acme Networks\"},"
				+ "\"customer\":{\"name\":\"Globex SA\"},\"items\":[{\"sku\":\"A-WX\",\"quantity\":250}],"
				+ "\"requestedStartDate\":\"" + today + "\",\"timeZone\":\"Europe/Paris\","
				+ "\"deploymentContactEmail\":\"deploy@acme.example\",\"accountRepEmail\":\"rep@vendor.example\"}";
		return "curl -i -X POST " + options.url(Service.ORDER) + "/api/v1/orders -H 'Authorization: Bearer "
				+ LocalStack.LOCAL_API_KEY + "' -H 'Content-Type: application/json' -d '" + body + "'";
	}

}
