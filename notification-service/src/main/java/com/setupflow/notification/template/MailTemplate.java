package com.setupflow.notification.template;

import java.util.Arrays;

/**
 * The emails setupflow sends. Each has {@code <id>.html} and {@code <id>.txt} under
 * {@code templates/mail/} and its subject under {@code <id>.subject} in the messages.
 */
public enum MailTemplate {

	/** The deployment contact's invitation, with the setup link. */
	CONFIGURE_NOW("configure-now"),

	/** The account rep's alert that setup has not started. */
	ORDER_STALLED("order-stalled"),

	/** The invited deployment contact learns the order was cancelled. */
	ORDER_CANCELLED("order-cancelled");

	private final String id;

	MailTemplate(String id) {
		this.id = id;
	}

	/** The name stored in the delivery log and carried by notification events. */
	public String id() {
		return this.id;
	}

	public static MailTemplate ofId(String id) {
		return Arrays.stream(values())
			.filter((template) -> template.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No mail template " + id));
	}

}
