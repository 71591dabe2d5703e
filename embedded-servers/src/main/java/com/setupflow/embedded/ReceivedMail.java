package com.setupflow.embedded;

import java.time.Instant;
import java.util.List;

/**
 * One message as the mail server received it.
 *
 * @param id stable identifier, sortable by arrival
 * @param from the From header, decoded ("Name &lt;address&gt;" or the address)
 * @param to the envelope recipients (RCPT TO), which include Bcc recipients
 * @param subject the decoded Subject header, or an empty string
 * @param receivedAt when the server accepted the message
 * @param textBody the first text/plain part, or {@code null}
 * @param htmlBody the first text/html part, or {@code null}
 * @param messageId the Message-ID header as sent, or {@code null}: two copies of one
 * email share it, two emails do not
 */
public record ReceivedMail(String id, String from, List<String> to, String subject, Instant receivedAt, String textBody,
		String htmlBody, String messageId) {

	public ReceivedMail {
		to = List.copyOf(to);
		subject = (subject != null) ? subject : "";
	}

	public boolean isAddressedTo(String address) {
		return this.to.stream().anyMatch((recipient) -> recipient.equalsIgnoreCase(address));
	}

}
