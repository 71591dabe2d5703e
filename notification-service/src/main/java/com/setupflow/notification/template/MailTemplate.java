package com.setupflow.notification.template;

import java.util.Arrays;

/**
 * The emails setupflow sends. Each has {@code <id>.html} and {@code <id>.txt} under
 * {@code templates/mail/} and its subject under {@code <id>.subject} in the messages.
 */
public enum MailTemplate {

	/**
	 * The invitation with the setup link: to the deployment contact, or to whom they
	 * handed the setup over.
	 */
	CONFIGURE_NOW("configure-now"),

	/** The account rep's alert that setup has not started. */
	ORDER_STALLED("order-stalled"),

	/** The invited deployment contact learns the order was cancelled. */
	ORDER_CANCELLED("order-cancelled"),

	/**
	 * The account rep's alert that the person setting up did not recognise the partner
	 * organisation.
	 */
	PARTNER_ORG_DISPUTED("partner-org-disputed"),

	/**
	 * The invitation of a partner's or customer's admin to sign in: the link where they
	 * choose a password.
	 */
	ORG_USER_INVITED("org-user-invited"),

	/** The partner admins' reminder to activate a trial before it ends. */
	TRIAL_ENDING_SOON("trial-ending-soon"),

	/** The partner admins learn a trial ended without activation. */
	TRIAL_EXPIRED("trial-expired");

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
