package com.setupflow.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Turns a rendered email into a MIME message: plain text and HTML as
 * multipart/alternative, so each mail client shows the form it prefers.
 */
@Component
class MimeMessages {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	private static final String TRANSFER_ENCODING = "Content-Transfer-Encoding";

	/** RFC 5321: 998 characters and CRLF. */
	private static final int MAX_7BIT_LINE = 998;

	static {
		// Jakarta Mail looks up its stream provider with a ServiceLoader scan of the
		// whole class path for every body part it creates (three per email here); named
		// in this property, which its FactoryFinder reads first, it is loaded directly.
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final JavaMailSender mailSender;

	private final InternetAddress from;

	private final String messageIdDomain;

	MimeMessages(JavaMailSender mailSender, MailSettings settings) throws AddressException {
		this.mailSender = mailSender;
		// Strict parsing at start: a misconfigured sender fails the boot, not every
		// email.
		this.from = new InternetAddress(settings.from(), true);
		this.messageIdDomain = this.from.getAddress().substring(this.from.getAddress().indexOf('@') + 1);
	}

	/**
	 * @return the message, ready to send
	 * @throws MessagingException when the email cannot be built, for example because its
	 * recipient is not an email address: trying again would fail the same way
	 */
	MimeMessage build(OutgoingMail mail, Instant now) throws MessagingException {
		MimeMessage message = this.mailSender.createMimeMessage();
		message.setFrom(this.from);
		message.setRecipient(RecipientType.TO, new InternetAddress(mail.recipient(), true));
		message.setSubject(mail.subject(), "UTF-8");
		message.setSentDate(Date.from(now));
		// RFC 3834: out-of-office responders must not answer an automated email.
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setContent(
				new MimeMultipart("alternative", textPart(mail.text(), "plain"), textPart(mail.html(), "html")));
		// Fixes the headers now, as sending would; saving also sets a generated
		// Message-ID, replaced by ours.
		message.saveChanges();
		// The same id on every try: a mail client can recognise a copy sent twice (see
		// the README for when that can still happen).
		message.setHeader("Message-ID", "<" + mail.id() + "@" + this.messageIdDomain + ">");
		return message;
	}

	/**
	 * A text part that goes out as the bytes it holds. {@code setText} would have Jakarta
	 * Mail encode the text while sending, through a stream that passes it on one byte at
	 * a time: a third of the sending threads' time (JFR, a burst of 30,000). The bytes
	 * are UTF-8, as the Content-Type (the data source's) says.
	 * @param subtype {@code plain} or {@code html}
	 */
	static MimeBodyPart textPart(String body, String subtype) throws MessagingException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String contentType = "text/" + subtype + "; charset=UTF-8";
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, contentType)));
		part.setHeader(TRANSFER_ENCODING, transferEncoding(bytes));
		return part;
	}

	/**
	 * The transfer encoding Jakarta Mail would choose for a text, found without encoding
	 * the text first: it does that, for every part of every email, when the header is
	 * missing, which was a quarter of the sending threads' time (JFR, a burst of 10,000).
	 * ASCII in lines SMTP accepts goes as it is; anything else as quoted-printable, which
	 * carries any text.
	 * @param body the text in UTF-8
	 */
	static String transferEncoding(byte[] body) {
		int lineLength = 0;
		for (byte b : body) {
			if (b == '\n' || b == '\r') {
				lineLength = 0;
				continue;
			}
			lineLength++;
			// Negative: a byte of a character beyond ASCII.
			if (b < 0 || b == 0x7f || (b < 0x20 && b != '\t') || lineLength > MAX_7BIT_LINE) {
				return "quoted-printable";
			}
		}
		return "7bit";
	}

}
