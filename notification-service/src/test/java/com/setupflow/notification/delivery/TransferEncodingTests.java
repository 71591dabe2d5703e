package com.setupflow.notification.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TransferEncodingTests {

	@Test
	void sendsAsciiTextAsItIs() {
		assertThat(encoding("Configure now\r\nOrder CCW-1\n\tdetails")).isEqualTo("7bit");
	}

	@Test
	void encodesAccentsControlsAndOverlongLines() {
		assertThat(encoding("Commande passée")).isEqualTo("quoted-printable");
		assertThat(encoding("Order…")).isEqualTo("quoted-printable");
		assertThat(encoding("bell\u0007")).isEqualTo("quoted-printable");
		assertThat(encoding("delete\u007f")).isEqualTo("quoted-printable");
		assertThat(encoding("x".repeat(998) + "\n" + "y".repeat(998))).isEqualTo("7bit");
		assertThat(encoding("x".repeat(999))).isEqualTo("quoted-printable");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bonjour,\nla commande de Société Générale est prête à configurer : ça marche.\n",
			"<p>Configure now: <a href=\"https://x.example/setup/abc\">link</a></p>\n.\n..\nend\n" })
	void aPartReadsBackAsTheSameText(String body) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setContent(new MimeMultipart("alternative", MimeMessages.textPart(body, "html")));
		message.saveChanges();
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);

		MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.toByteArray()));
		MimeBodyPart part = (MimeBodyPart) ((MimeMultipart) received.getContent()).getBodyPart(0);
		assertThat(part.getEncoding()).isEqualTo(encoding(body));
		assertThat(part.getContentType()).isEqualTo("text/html; charset=UTF-8");
		assertThat(part.getContent().toString().replace("\r\n", "\n")).isEqualTo(body);
	}

	private static String encoding(String text) {
		return MimeMessages.transferEncoding(text.getBytes(StandardCharsets.UTF_8));
	}

}
