package com.setupflow.notification.delivery;

import java.time.Instant;
import java.util.Date;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Turns a rendered email into a MIME message: plain text and HTML as
 * multipart/alternative, so each mail client shows the form it prefers.
 */
@Component
class MimeMessages {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

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
	 * @throws MessagingException when the email cannot be built, for example because its
	 * recipient is not an email address: trying again would fail the same way
	 */
	MimeMessage build(OutgoingMail mail, Instant now) throws MessagingException {
		MimeMessage message = this.mailSender.createMimeMessage();
		message.setFrom(this.from);
		message.setRecipient(RecipientType.TO, new InternetAddress(mail.recipient(), true));
		message.setSubject(mail.subject(), "UTF-8");
		message.setSentDate(Date.from(now));
		// The same id on every try: a mail client can recognise a copy sent twice in the
		// at-least-once window.
		message.setHeader("Message-ID", "<" + mail.id() + "@" + this.messageIdDomain + ">");
		// RFC 3834: out-of-office responders must not answer an automated email.
		message.setHeader("Auto-Submitted", "auto-generated");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(mail.text(), "UTF-8");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(mail.html(), "UTF-8", "html");
		message.setContent(new MimeMultipart("alternative", text, html));
		return message;
	}

}
