package com.setupflow.embedded;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class MailServerTest {

	@TempDir
	Path dataDir;

	@Test
	void mailSentOverSmtpIsListedAndReadableOverImapByEachRecipient() throws Exception {
		try (MailServer mail = MailServer.startTemporary()) {
			send(mail, "Configure now: order CCW-100234", "deploy@acme.example", "rep@vendor.example");

			await().atMost(Duration.ofSeconds(10)).until(() -> mail.messages().size() == 1);
			ReceivedMail received = mail.messages().get(0);
			assertThat(received.from()).isEqualTo("setupflow <no-reply@setupflow.example>");
			assertThat(received.to()).containsExactlyInAnyOrder("deploy@acme.example", "rep@vendor.example");
			assertThat(received.subject()).isEqualTo("Configure now: order CCW-100234");
			assertThat(received.textBody()).contains("http://localhost:8082/setup/abc");
			assertThat(received.htmlBody()).contains("<a href=\"http://localhost:8082/setup/abc\">");
			assertThat(received.receivedAt()).isNotNull();
			// JavaMail's own: a copy sent again would carry the same one.
			assertThat(received.messageId()).startsWith("<").endsWith(">");
			assertThat(mail.message(received.id())).contains(received);
			assertThat(mail.messagesTo("REP@vendor.example")).containsExactly(received);

			assertThat(imapSubjects(mail, "deploy@acme.example")).containsExactly("Configure now: order CCW-100234");
			// The Bcc recipient got its own copy.
			assertThat(imapSubjects(mail, "rep@vendor.example")).containsExactly("Configure now: order CCW-100234");

			mail.purge();
			assertThat(mail.messages()).isEmpty();
			assertThat(imapSubjects(mail, "deploy@acme.example")).isEmpty();
		}
	}

	@Test
	void aSenderKilledMidSessionLeavesNoErrorAndTheServerServing() throws Exception {
		List<Throwable> uncaught = new CopyOnWriteArrayList<>();
		Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
		Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> uncaught.add(ex));
		try (MailServer mail = MailServer.startTemporary()) {
			try (Socket sender = new Socket(mail.host(), mail.smtpPort());
					BufferedReader replies = new BufferedReader(
							new InputStreamReader(sender.getInputStream(), StandardCharsets.US_ASCII))) {
				assertThat(replies.readLine()).startsWith("220 ");
				sender.getOutputStream().write("EHLO killed.example\r\n".getBytes(StandardCharsets.US_ASCII));
				String reply;
				do {
					reply = replies.readLine();
				}
				while (reply != null && !reply.startsWith("250 "));
				// The server now waits for the next command. No linger: closing resets
				// the connection, as the kernel does for a process killed mid-session.
				sender.setSoLinger(true, 0);
			}
			// The server has seen the reset when it answers the next sender.
			send(mail, "Sent after the reset", "deploy@acme.example", "rep@vendor.example");

			await().atMost(Duration.ofSeconds(10)).until(() -> mail.messages().size() == 1);
			assertThat(mail.messages().get(0).subject()).isEqualTo("Sent after the reset");
		}
		finally {
			Thread.setDefaultUncaughtExceptionHandler(previous);
		}
		assertThat(uncaught).as("exceptions thrown on the server's threads").isEmpty();
	}

	@Test
	void aMailClientAlreadyConnectedSeesNewMailOnceSmtpIsQuiet() throws Exception {
		try (MailServer mail = MailServer.startTemporary();
				Store store = Session.getInstance(new Properties()).getStore("imap")) {
			store.connect(mail.host(), mail.imapPort(), "deploy@acme.example", "deploy@acme.example");
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);

			send(mail, "While you were connected", "deploy@acme.example", "rep@vendor.example");

			await().atMost(Duration.ofSeconds(10)).until(() -> inbox.getMessageCount() == 1);
			assertThat(inbox.getMessage(1).getSubject()).isEqualTo("While you were connected");
			inbox.close(false);
		}
	}

	@Test
	void messagesSurviveARestartWithADataDirectory() throws Exception {
		String id;
		try (MailServer mail = MailServer.start(0, 0, this.dataDir)) {
			send(mail, "Kept across restarts", "deploy@acme.example", "rep@vendor.example");
			await().atMost(Duration.ofSeconds(10)).until(() -> mail.messages().size() == 1);
			id = mail.messages().get(0).id();
			assertThat(this.dataDir.resolve(id + ".eml")).exists();
		}
		try (MailServer mail = MailServer.start(0, 0, this.dataDir)) {
			assertThat(mail.messages()).singleElement().satisfies((received) -> {
				assertThat(received.id()).isEqualTo(id);
				assertThat(received.subject()).isEqualTo("Kept across restarts");
				assertThat(received.to()).containsExactlyInAnyOrder("deploy@acme.example", "rep@vendor.example");
				assertThat(received.htmlBody()).contains("href");
			});
			assertThat(imapSubjects(mail, "rep@vendor.example")).containsExactly("Kept across restarts");

			mail.purge();
			try (var files = Files.list(this.dataDir)) {
				assertThat(files).isEmpty();
			}
		}
	}

	@Test
	void refusesConnectionsWhileStoppedAndAcceptsMailAgainOnTheSamePortAfterARestart() throws Exception {
		try (MailServer mail = MailServer.startTemporary()) {
			int port = mail.smtpPort();
			send(mail, "Before the outage", "deploy@acme.example", "rep@vendor.example");
			await().atMost(Duration.ofSeconds(10)).until(() -> mail.messages().size() == 1);

			mail.stop();

			assertThat(mail.isRunning()).isFalse();
			assertThatExceptionOfType(MessagingException.class)
				.isThrownBy(() -> send(mail, "During the outage", "deploy@acme.example", "rep@vendor.example"));

			mail.restart();

			assertThat(mail.isRunning()).isTrue();
			assertThat(mail.smtpPort()).isEqualTo(port);
			send(mail, "After the outage", "deploy@acme.example", "rep@vendor.example");
			await().atMost(Duration.ofSeconds(10)).until(() -> mail.messages().size() == 2);
			assertThat(mail.messages()).extracting(ReceivedMail::subject)
				.containsExactly("Before the outage", "After the outage");
			assertThat(imapSubjects(mail, "deploy@acme.example")).containsExactly("After the outage");
		}
	}

	@Test
	void keepsStoredMessagesListedOnceAcrossARestart() throws Exception {
		try (MailServer mail = MailServer.start(0, 0, this.dataDir)) {
			send(mail, "Kept across restarts", "deploy@acme.example", "rep@vendor.example");
			await().atMost(Duration.ofSeconds(10)).until(() -> mail.messages().size() == 1);

			mail.restart();

			assertThat(mail.messages()).extracting(ReceivedMail::subject).containsExactly("Kept across restarts");
			assertThat(imapSubjects(mail, "deploy@acme.example")).containsExactly("Kept across restarts");
		}
	}

	private static void send(MailServer mail, String subject, String to, String bcc) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", mail.host());
		properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session);
		message.setFrom(new InternetAddress("no-reply@setupflow.example", "setupflow"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setRecipient(Message.RecipientType.BCC, new InternetAddress(bcc));
		message.setSubject(subject, "UTF-8");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Open http://localhost:8082/setup/abc to configure.", "UTF-8");
		MimeBodyPart html = new MimeBodyPart();
		html.setContent("<p><a href=\"http://localhost:8082/setup/abc\">Configure now</a></p>",
				"text/html; charset=UTF-8");
		MimeMultipart alternative = new MimeMultipart("alternative", text, html);
		message.setContent(alternative);
		Transport.send(message);
	}

	private static java.util.List<String> imapSubjects(MailServer mail, String address) throws Exception {
		Session session = Session.getInstance(new Properties());
		try (Store store = session.getStore("imap")) {
			// Login rule: username and password are both the email address.
			store.connect(mail.host(), mail.imapPort(), address, address);
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				java.util.List<String> subjects = new java.util.ArrayList<>();
				for (Message message : inbox.getMessages()) {
					subjects.add(message.getSubject());
				}
				return subjects;
			}
			finally {
				inbox.close(false);
			}
		}
	}

}
