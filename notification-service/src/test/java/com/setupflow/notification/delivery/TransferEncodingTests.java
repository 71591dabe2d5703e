package com.setupflow.notification.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransferEncodingTests {

	@Test
	void sendsAsciiTextAsItIs() {
		assertThat(MimeMessages.transferEncoding("Configure now\r\nOrder CCW-1\n\tdetails")).isEqualTo("7bit");
	}

	@Test
	void encodesAccentsControlsAndOverlongLines() {
		assertThat(MimeMessages.transferEncoding("Commande passée")).isEqualTo("quoted-printable");
		assertThat(MimeMessages.transferEncoding("Order…")).isEqualTo("quoted-printable");
		assertThat(MimeMessages.transferEncoding("bell\u0007")).isEqualTo("quoted-printable");
		assertThat(MimeMessages.transferEncoding("x".repeat(998) + "\n" + "y".repeat(998))).isEqualTo("7bit");
		assertThat(MimeMessages.transferEncoding("x".repeat(999))).isEqualTo("quoted-printable");
	}

	@Test
	void aPartWithTheEncodingChosenReadsBackTheSame() throws Exception {
		String french = "Bonjour,\nla commande de Société Générale est prête à configurer : ça marche.\n";
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		MimeBodyPart text = new MimeBodyPart();
		text.setText(french, "UTF-8");
		text.setHeader("Content-Transfer-Encoding", MimeMessages.transferEncoding(french));
		message.setContent(new MimeMultipart("alternative", text));
		message.saveChanges();
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);

		MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.toByteArray()));
		MimeBodyPart part = (MimeBodyPart) ((MimeMultipart) received.getContent()).getBodyPart(0);
		assertThat(part.getEncoding()).isEqualTo("quoted-printable");
		assertThat(part.getContent().toString().replace("\r\n", "\n")).isEqualTo(french);
	}

}
