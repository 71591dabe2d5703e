package com.setupflow.notification.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;
import com.setupflow.testsupport.KafkaTestConsumer;
import com.setupflow.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An email the SMTP server accepted is never sent again, whatever becomes of the
 * transaction of its batch. The database "fails" here by ending the sending session
 * ({@code pg_terminate_backend}, what a PostgreSQL restart does to every session) at the
 * worst moment: after the server accepted the email, before its batch committed. To find
 * that moment the test holds a table lock the sender's next statement waits for.
 */
class AcceptedEmailTests extends NotificationServiceTest {

	@Autowired
	DeliveryLog deliveryLog;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void anEmailAcceptedWhoseBatchFailsIsSentOnceAndStillMarkedSent() throws Exception {
		String contact = uniqueAddress("batch-failed");
		TestEvent issued = TestEvent.of("SetupLinkIssued", UUID.randomUUID()).replacing("deploy@acme.example", contact);
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS);
				Connection blocker = lockedAgainstInserts("outbox_event")) {
			publish(issued);
			// Accepted, recorded, marked sent; its NotificationSent waits for the lock.
			await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);
			int sender = awaitBackend("wait_event_type = 'Lock' and query like 'insert into outbox_event%'");
			terminate(sender);
			blocker.rollback();

			assertSentOnceAndMarkedSentOnce(issued, contact, notifications);
		}
	}

	/**
	 * The database fails for the journal too: the acceptance stays in memory, written
	 * once the database answers, and meanwhile no sending thread claims the email.
	 */
	@Test
	void anAcceptanceTheDatabaseCouldNotRecordYetIsNeitherLostNorSentAgain() throws Exception {
		String contact = uniqueAddress("journal-failed");
		TestEvent issued = TestEvent.of("SetupLinkIssued", UUID.randomUUID()).replacing("deploy@acme.example", contact);
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS);
				Connection blocker = lockedAgainstInserts("delivery_accepted")) {
			publish(issued);
			await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);
			int journal = awaitBackend("wait_event_type = 'Lock' and query like 'with durable as%'");
			// Idle in its transaction since the claim, waiting for the journal.
			int sender = awaitBackend("state = 'idle in transaction' and query like '%not exists%skip locked'");
			terminate(journal);
			terminate(sender);
			blocker.rollback();

			assertSentOnceAndMarkedSentOnce(issued, contact, notifications);
		}
	}

	/** As after a SIGKILL between the acceptance and the batch's commit. */
	@Test
	void anEmailRecordedAsAcceptedButStillPendingIsMarkedSentWithoutSendingIt() {
		String contact = uniqueAddress("killed-mid-batch");
		UUID id = UUID.randomUUID();
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
				insertPendingInvitation(id, UUID.randomUUID(), contact);
				this.jdbc.sql("insert into delivery_accepted (delivery_id) values (?)").param(id).update();
			});

			await().atMost(BOUND).until(() -> "SENT".equals(status(id)));
			await().atMost(BOUND)
				.pollInSameThread()
				.until(() -> sentEventsOf(notifications.pollFor(Duration.ofMillis(100)), id).size() == 1);
			NotificationSent sent = sentEventsOf(notifications.records(), id).get(0);
			assertThat(sent.recipient()).isEqualTo(contact);
			assertThat(sent.attempts()).isEqualTo(1);
			assertThat(acceptancesRecorded()).isZero();
			await().during(Duration.ofMillis(500)).atMost(BOUND).until(() -> mailTo(contact).isEmpty());
		}
	}

	/**
	 * A cancellation finding an invitation accepted but not yet marked sent: its reader
	 * has the link, so it is not withdrawn and they get the cancellation notice.
	 */
	@Test
	void aCancellationCountsAnAcceptedInvitationAsSent() {
		UUID orderId = UUID.randomUUID();
		String contact = uniqueAddress("accepted-then-cancelled");
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			// Never committed: the sender must not settle it first.
			status.setRollbackOnly();
			UUID id = UUID.randomUUID();
			insertPendingInvitation(id, orderId, contact);
			this.jdbc.sql("insert into delivery_accepted (delivery_id) values (?)").param(id).update();

			assertThat(this.deliveryLog.withdrawUnsentInvitations(orderId, "cancelled")).isZero();
			assertThat(this.deliveryLog.lastInvitation(orderId)).map(DeliveryLog.Invitation::recipient)
				.contains(contact);
		});
	}

	/**
	 * One email at the server, its delivery SENT after one attempt, one NotificationSent,
	 * and no acceptance left in the journal.
	 */
	private void assertSentOnceAndMarkedSentOnce(TestEvent issued, String contact, KafkaTestConsumer notifications) {
		await().atMost(BOUND).until(() -> "SENT".equals(deliveryOf(issued).get("status")));
		assertThat(deliveryOf(issued)).containsEntry("attempts", 1);
		assertThat(awaitNotifications(notifications, issued, 1)).extracting(EventEnvelope::type)
			.containsExactly("NotificationSent");
		await().during(Duration.ofMillis(500)).atMost(BOUND).until(() -> mailTo(contact).size() == 1);
		assertThat(sentEventsAbout(notifications.pollFor(Duration.ofMillis(500)), issued)).hasSize(1);
		assertThat(acceptancesRecorded()).isZero();
	}

	private void insertPendingInvitation(UUID id, UUID orderId, String contact) {
		OffsetDateTime due = this.clock.instant().atOffset(ZoneOffset.UTC);
		this.jdbc
			.sql("insert into delivery_log (id, correlation_id, cause_event_id, cause_occurred_at, template,"
					+ " recipient, locale, subject, text_body, html_body, status, attempts, next_attempt_at,"
					+ " created_at) values (?, ?, ?, ?, 'configure-now', ?, 'en', 'Configure now', 'text',"
					+ " '<p>html</p>', 'PENDING', 0, ?, ?)")
			.params(id, orderId, UUID.randomUUID(), due, contact, due, due)
			.update();
	}

	/**
	 * A connection of the test's own, in a transaction holding a lock that lets the table
	 * be read but makes any insert wait.
	 */
	private static Connection lockedAgainstInserts(String table) throws SQLException {
		Connection connection = SharedInfrastructure.dataSource("notifications").getConnection();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table " + table + " in share mode");
		}
		return connection;
	}

	/** The one session of the service that matches. */
	private int awaitBackend(String condition) {
		String sql = "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
				+ " and " + condition;
		return await().atMost(BOUND)
			.until(() -> this.jdbc.sql(sql).query(Integer.class).list(), (pids) -> pids.size() == 1)
			.get(0);
	}

	private void terminate(int pid) {
		assertThat(this.jdbc.sql("select pg_terminate_backend(?)").param(pid).query(Boolean.class).single()).isTrue();
	}

	private long acceptancesRecorded() {
		return this.jdbc.sql("select count(*) from delivery_accepted").query(Long.class).single();
	}

	private String status(UUID id) {
		return this.jdbc.sql("select status from delivery_log where id = ?").param(id).query(String.class).single();
	}

	private static List<EventEnvelope> sentEventsAbout(
			List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records, TestEvent cause) {
		return records.stream()
			.map((record) -> EventJson.read(record.value()))
			.filter((envelope) -> envelope.payload() instanceof NotificationSent sent
					&& sent.causeEventId().equals(cause.eventId()))
			.toList();
	}

	private static List<NotificationSent> sentEventsOf(
			List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records, UUID notificationId) {
		return records.stream()
			.map((record) -> EventJson.read(record.value()))
			.filter((envelope) -> envelope.payload() instanceof NotificationSent sent
					&& sent.notificationId().equals(notificationId))
			.map((envelope) -> envelope.payloadAs(NotificationSent.class))
			.toList();
	}

}
