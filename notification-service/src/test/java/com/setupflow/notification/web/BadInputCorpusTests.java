package com.setupflow.notification.web;

import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;
import com.setupflow.testsupport.badinput.BadInput;
import com.setupflow.testsupport.badinput.BadInputCorpus;
import com.setupflow.testsupport.badinput.DatabaseFootprint;

import static com.setupflow.testsupport.badinput.BadInput.get;
import static com.setupflow.testsupport.badinput.BadInput.method;
import static com.setupflow.testsupport.badinput.BadInput.post;
import static org.awaitility.Awaitility.await;

/**
 * The notification service's bad-input corpus: its operators' API fed malformed ids and
 * filters, injection strings, methods it does not offer and retries it must refuse. Each
 * row says the answer it must get; none answers 500 and none writes anything: every table
 * of the service's database (delivery log, outbox and processed events included) is the
 * same after the row as before it.
 *
 * <p>
 * Placeholders: {@code {sent}} an email that went out; {@code {unknown}} an id no email
 * has.
 */
class BadInputCorpusTests extends NotificationServiceTest {

	private static final String NOTIFICATIONS = "/api/v1/notifications";

	private static BadInputCorpus corpus;

	@LocalServerPort
	int serverPort;

	@Autowired
	DataSource dataSource;

	static Stream<BadInput> api() {
		return Stream.of(
				// Filters of the list.
				get(NOTIFICATIONS + "?correlationId=not-a-uuid").named("correlation id not a UUID")
					.expect(400)
					.naming("correlationId", "type"),
				get(NOTIFICATIONS + "?correlationId=%27%20OR%201%3D1%20--").named("SQL injection as correlation id")
					.expect(400)
					.naming("correlationId", "type"),
				get(NOTIFICATIONS + "?correlationId=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
					.named("markup as correlation id")
					.expect(400)
					.naming("correlationId", "type"),
				get(NOTIFICATIONS + "?correlationId=6f1d2c3b-4a5e-4f60-8a7b%00-9c0d1e2f3a4b")
					.named("NUL inside a correlation id")
					.expect(400)
					.naming("correlationId", "type"),
				get(NOTIFICATIONS + "?status=LOST").named("unknown status").expect(400).naming("status", "type"),
				get(NOTIFICATIONS + "?status=sent").named("status in lower case").expect(400).naming("status", "type"),
				get(NOTIFICATIONS + "?status=SENT%27%20OR%20%271%27%3D%271").named("SQL injection after a status")
					.expect(400)
					.naming("status", "type"),
				get(NOTIFICATIONS + "?page=-1").named("negative page").expect(400).naming("page", "Min"),
				get(NOTIFICATIONS + "?page=1000001").named("page past the last allowed")
					.expect(400)
					.naming("page", "Max"),
				get(NOTIFICATIONS + "?page=99999999999").named("page past any int").expect(400).naming("page", "type"),
				get(NOTIFICATIONS + "?size=0").named("page size 0").expect(400).naming("size", "Min"),
				get(NOTIFICATIONS + "?size=101").named("page size 101").expect(400).naming("size", "Max"),
				get(NOTIFICATIONS + "?size=ten").named("page size in words").expect(400).naming("size", "type"),
				get(NOTIFICATIONS + "?size=1.5").named("fractional page size").expect(400).naming("size", "type"),
				// One email.
				get(NOTIFICATIONS + "/not-a-uuid").named("id not a UUID").expect(400).naming("id", "type"),
				get(NOTIFICATIONS + "/%27%20OR%20%271%27%3D%271").named("SQL injection as id")
					.expect(400)
					.naming("id", "type"),
				get(NOTIFICATIONS + "/{unknown}").named("unknown id").expect(404),
				get(NOTIFICATIONS + "/%00").named("encoded NUL as id").expect(400),
				get(NOTIFICATIONS + "/..%2F..%2Factuator%2Fenv").named("encoded path traversal").expect(400),
				get(NOTIFICATIONS + "/" + "f".repeat(2000)).named("id of 2,000 characters")
					.expect(400)
					.naming("id", "type"),
				// Retries.
				post(NOTIFICATIONS + "/{unknown}/retry").named("retry an unknown email").expect(404),
				post(NOTIFICATIONS + "/{sent}/retry").named("retry an email that was sent").expect(409),
				post(NOTIFICATIONS + "/not-a-uuid/retry").named("retry with an id not a UUID")
					.expect(400)
					.naming("id", "type"),
				post(NOTIFICATIONS + "/{sent}/retry").json("{\"recipient\": \"attacker@evil.example\"}")
					.named("retry with a new recipient in the body")
					.expect(409),
				post(NOTIFICATIONS + "/{sent}/retry").json("x".repeat(70 * 1024))
					.named("retry with a body over 64 KiB")
					.expect(413)
					.naming("body", "max size"),
				get(NOTIFICATIONS + "/{sent}/retry").named("retry with GET").expect(405),
				// Methods the API does not offer.
				post(NOTIFICATIONS).json("{\"recipient\": \"anyone@evil.example\", \"template\": \"configure-now\"}")
					.named("create an email")
					.expect(405),
				method("DELETE", NOTIFICATIONS + "/{sent}").named("delete an email").expect(405),
				method("PUT", NOTIFICATIONS + "/{sent}").json("{\"status\": \"SENT\"}")
					.named("overwrite an email")
					.expect(405),
				method("PATCH", NOTIFICATIONS + "/{sent}").json("{\"status\": \"PENDING\"}")
					.named("patch an email")
					.expect(405));
	}

	@BeforeEach
	void fixtures() {
		if (corpus != null) {
			return;
		}
		UUID orderId = UUID.randomUUID();
		String contact = uniqueAddress("bad-input");
		publish(TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", contact));
		// The mail server has the email a moment before the delivery log says so.
		await().atMost(BOUND)
			.until(() -> this.jdbc.sql("select count(*) from delivery_log where correlation_id = ? and status = 'SENT'")
				.param(orderId)
				.query(Long.class)
				.single() == 1);
		UUID sent = this.jdbc.sql("select id from delivery_log where correlation_id = ?")
			.param(orderId)
			.query(UUID.class)
			.single();
		BadInputCorpus created = new BadInputCorpus(this.serverPort, new DatabaseFootprint(this.dataSource))
			.value("sent", sent)
			.value("unknown", UUID.randomUUID());
		created.settle();
		corpus = created;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("api")
	void refusesWithoutWriting(BadInput row) {
		corpus.check(row);
	}

}
