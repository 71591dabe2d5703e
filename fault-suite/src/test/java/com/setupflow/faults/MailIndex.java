package com.setupflow.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.setupflow.embedded.MailServer;
import com.setupflow.embedded.ReceivedMail;

/**
 * What arrived at the SMTP server, by recipient. The server's list only grows, so each
 * refresh indexes what came since the last one.
 */
final class MailIndex {

	/** The kinds of email the ledger counts, told apart by their (English) subject. */
	enum Kind {

		CONFIGURE_NOW, CANCELLED, ORG_INVITATION, OTHER;

		static Kind of(String subject) {
			if (subject.startsWith("Configure now: order ")) {
				return CONFIGURE_NOW;
			}
			if (subject.startsWith("Order ") && subject.endsWith(" cancelled: no setup needed")) {
				return CANCELLED;
			}
			if (subject.contains(" invited you to manage ")) {
				return ORG_INVITATION;
			}
			return OTHER;
		}

	}

	/**
	 * One email as the ledger sees it; copies of one email (sent again after a crash)
	 * share the Message-ID.
	 */
	record Mail(Kind kind, String subject, Instant receivedAt, String textBody, String messageId) {
	}

	private final MailServer server;

	private final Map<String, List<Mail>> byRecipient = new HashMap<>();

	private int indexed;

	private long refreshedAt;

	MailIndex(MailServer server) {
		this.server = server;
	}

	/** Every email to {@code address} so far, oldest first. */
	synchronized List<Mail> to(String address) {
		refresh(false);
		return List.copyOf(this.byRecipient.getOrDefault(address.toLowerCase(Locale.ROOT), List.of()));
	}

	/** The same, up to date to the last message received. */
	synchronized List<Mail> toNow(String address) {
		refresh(true);
		return List.copyOf(this.byRecipient.getOrDefault(address.toLowerCase(Locale.ROOT), List.of()));
	}

	synchronized int size() {
		refresh(true);
		return this.indexed;
	}

	/** At most every 100 ms unless {@code now}: many flows ask at once. */
	private void refresh(boolean now) {
		long at = System.nanoTime();
		if (!now && at - this.refreshedAt < 100_000_000L) {
			return;
		}
		this.refreshedAt = at;
		List<ReceivedMail> all = this.server.messages();
		for (ReceivedMail received : all.subList(this.indexed, all.size())) {
			Mail mail = new Mail(Kind.of(received.subject()), received.subject(), received.receivedAt(),
					(received.textBody() != null) ? received.textBody() : "", received.messageId());
			for (String to : received.to()) {
				this.byRecipient.computeIfAbsent(to.toLowerCase(Locale.ROOT), (key) -> new ArrayList<>()).add(mail);
			}
		}
		this.indexed = all.size();
	}

}
