package com.setupflow.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import com.setupflow.embedded.MailServer;
import com.setupflow.embedded.ReceivedMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MailboxPageTest {

	private static final String HOSTILE_SUBJECT = "<script>alert('subject')</script> & \"Configure now\"";

	private static MailServer mail;

	private static MailboxPage page;

	private static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws Exception {
		mail = MailServer.startTemporary();
		page = MailboxPage.start(mail, 0);
		send("plain@acme.example", "Older message", "Nothing to see", null);
		send("o'brien&co@acme.example", HOSTILE_SUBJECT, "Open http://localhost:8082/setup/abc?x=1&y=<2> now",
				"<p onclick=\"alert(1)\">Hi</p><a href=\"http://localhost:8082/setup/abc\">Configure now</a>");
		await().atMost(Duration.ofSeconds(10)).until(() -> mail.messages().size() == 2);
	}

	@AfterAll
	static void stop() {
		page.close();
		mail.close();
	}

	@Test
	void listShowsMailSentOverSmtpNewestFirstWithUserTextEscaped() throws Exception {
		HttpResponse<String> response = get("/");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
		assertThat(response.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("default-src 'none'");
		String html = response.body();
		assertThat(html).contains("2 message(s)")
			.contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; &amp; &quot;Configure now&quot;")
			.contains("o&#39;brien&amp;co@acme.example")
			.contains("&quot;&lt;img src=x onerror=alert(1)&gt;&quot; &lt;no-reply@setupflow.example&gt;")
			.doesNotContain("<script>")
			.doesNotContain("<img");
		assertThat(html.indexOf("Configure now")).isLessThan(html.indexOf("Older message"));
	}

	@Test
	void messagePageFramesTheHtmlBodyInASandboxAndLinksTheTextBody() throws Exception {
		ReceivedMail hostile = mail.messages()
			.stream()
			.filter((message) -> message.subject().equals(HOSTILE_SUBJECT))
			.findFirst()
			.orElseThrow();

		String html = get("/messages/" + hostile.id()).body();

		assertThat(html).contains("<iframe title=\"HTML body\" sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")
			.doesNotContain("allow-scripts")
			.contains("srcdoc=\"&lt;base target=&quot;_blank&quot;&gt;&lt;p onclick=&quot;alert(1)&quot;&gt;Hi")
			.doesNotContain("<p onclick")
			.contains("<a href=\"http://localhost:8082/setup/abc?x=1&amp;y=\" target=\"_blank\"")
			.contains("</a>&lt;2&gt; now")
			.doesNotContain("<script>");
		assertThat(get("/messages/no-such-id").statusCode()).isEqualTo(404);
	}

	@Test
	void apiListsMessagesAsJson() throws Exception {
		HttpResponse<String> response = get("/api/messages");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		assertThat(response.body()).startsWith("[{\"id\":")
			.contains("\"subject\":\"<script>alert('subject')</script> & \\\"Configure now\\\"\"")
			.contains("\"to\":[\"o'brien&co@acme.example\"]")
			.containsPattern("\"receivedAt\":\"\\d{4}-\\d{2}-\\d{2}T");
		assertThat(post("/api/messages").statusCode()).isEqualTo(405);
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + page.port() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + page.port() + path))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void send(String to, String subject, String text, String html) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", mail.host());
		properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("no-reply@setupflow.example", "<img src=x onerror=alert(1)>"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, false));
		message.setSubject(subject, "UTF-8");
		if (html == null) {
			message.setText(text, "UTF-8");
		}
		else {
			MimeBodyPart textPart = new MimeBodyPart();
			textPart.setText(text, "UTF-8");
			MimeBodyPart htmlPart = new MimeBodyPart();
			htmlPart.setContent(html, "text/html; charset=UTF-8");
			message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
		}
		Transport.send(message);
	}

}
