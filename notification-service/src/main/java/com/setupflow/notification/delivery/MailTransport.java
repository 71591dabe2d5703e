package com.setupflow.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands a batch of emails to the SMTP server over one connection and tells which ones it
 * did not accept.
 */
@Component
class MailTransport {

	private static final int MAX_ERROR_LENGTH = 1000;

	private final JavaMailSender mailSender;

	private final MimeMessages messages;

	MailTransport(JavaMailSender mailSender, MimeMessages messages) {
		this.mailSender = mailSender;
		this.messages = messages;
	}

	/**
	 * Sends the batch.
	 * @return the emails the server did not accept, by notification id; every other one
	 * was accepted
	 */
	Map<UUID, Failure> send(List<OutgoingMail> batch, Instant now) {
		Map<UUID, Failure> failures = new HashMap<>();
		List<MimeMessage> sendable = new ArrayList<>(batch.size());
		Map<MimeMessage, UUID> ids = new IdentityHashMap<>();
		for (OutgoingMail mail : batch) {
			try {
				MimeMessage message = this.messages.build(mail, now);
				sendable.add(message);
				ids.put(message, mail.id());
			}
			catch (MessagingException | RuntimeException ex) {
				failures.put(mail.id(), new Failure(describe(ex), true));
			}
		}
		if (sendable.isEmpty()) {
			return failures;
		}
		try {
			this.mailSender.send(sendable.toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			Map<Object, Exception> refused = ex.getFailedMessages();
			if (refused.isEmpty()) {
				sendable.forEach((message) -> failures.put(ids.get(message), new Failure(describe(ex), false)));
			}
			refused.forEach((message, cause) -> failures.put(ids.get(message), new Failure(describe(cause), false)));
		}
		catch (MailException ex) {
			// Authentication or preparation failed before any email went out.
			sendable.forEach((message) -> failures.put(ids.get(message), new Failure(describe(ex), false)));
		}
		return failures;
	}

	private static String describe(Exception ex) {
		String text = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

	/**
	 * Why an email was not accepted.
	 *
	 * @param error the error, for the delivery log
	 * @param permanent whether another try would fail the same way
	 */
	record Failure(String error, boolean permanent) {
	}

}
