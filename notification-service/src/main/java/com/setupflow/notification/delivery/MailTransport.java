package com.setupflow.notification.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands a batch of emails to the SMTP server over one connection, tells at once of each
 * one the server accepted, and in the end which ones it did not accept.
 *
 * <p>
 * It does what {@link JavaMailSenderImpl#send(MimeMessage...)} does (one connection,
 * checked before each email and opened again if lost; an email that fails does not stop
 * the others), but that reports only once the whole batch went: the sender must learn of
 * each acceptance the moment the server answers, to record it before anything else can
 * fail.
 */
@Component
class MailTransport {

	private static final Logger logger = LoggerFactory.getLogger(MailTransport.class);

	private static final int MAX_ERROR_LENGTH = 1000;

	private final JavaMailSenderImpl mailSender;

	private final MimeMessages messages;

	MailTransport(JavaMailSenderImpl mailSender, MimeMessages messages) {
		this.mailSender = mailSender;
		this.messages = messages;
	}

	/**
	 * Sends the batch.
	 * @param accepted told of each email the server accepted, by notification id, as soon
	 * as the server answered
	 * @return the emails the server did not accept, by notification id; every other one
	 * was accepted
	 */
	Map<UUID, Failure> send(List<OutgoingMail> batch, Instant now, Consumer<UUID> accepted) {
		Map<UUID, Failure> failures = new HashMap<>();
		Transport transport = null;
		try {
			for (int i = 0; i < batch.size(); i++) {
				OutgoingMail mail = batch.get(i);
				MimeMessage message;
				try {
					message = this.messages.build(mail, now);
				}
				catch (MessagingException | RuntimeException ex) {
					failures.put(mail.id(), new Failure(describe(ex), true));
					continue;
				}
				// Costs a NOOP per email, as Spring's sender does: a connection the
				// server dropped is opened again rather than failing the rest of the
				// batch.
				if (transport == null || !transport.isConnected()) {
					close(transport);
					transport = null;
					try {
						transport = connect();
					}
					catch (MessagingException | RuntimeException ex) {
						// The server cannot be reached: none of the rest can go.
						batch.subList(i, batch.size())
							.forEach((rest) -> failures.putIfAbsent(rest.id(), new Failure(describe(ex), false)));
						return failures;
					}
				}
				try {
					transport.sendMessage(message, message.getAllRecipients());
				}
				catch (MessagingException | RuntimeException ex) {
					failures.put(mail.id(), new Failure(describe(ex), false));
					continue;
				}
				accepted.accept(mail.id());
			}
			return failures;
		}
		finally {
			close(transport);
		}
	}

	/** As {@link JavaMailSenderImpl} connects: its session, server and credentials. */
	private Transport connect() throws MessagingException {
		String username = this.mailSender.getUsername();
		String password = this.mailSender.getPassword();
		if ("".equals(username)) {
			username = null;
			if ("".equals(password)) {
				password = null;
			}
		}
		String protocol = this.mailSender.getProtocol();
		Transport transport = (protocol != null) ? this.mailSender.getSession().getTransport(protocol)
				: this.mailSender.getSession().getTransport();
		transport.connect(this.mailSender.getHost(), this.mailSender.getPort(), username, password);
		return transport;
	}

	/**
	 * Every email was accepted or refused by now: a failure to say goodbye changes
	 * nothing.
	 */
	private static void close(Transport transport) {
		if (transport == null) {
			return;
		}
		try {
			transport.close();
		}
		catch (MessagingException | RuntimeException ex) {
			logger.debug("Closing the SMTP connection failed: {}", ex.toString());
		}
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
