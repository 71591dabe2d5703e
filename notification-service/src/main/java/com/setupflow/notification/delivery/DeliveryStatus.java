package com.setupflow.notification.delivery;

/**
 * Where an email stands.
 */
public enum DeliveryStatus {

	/** Waiting for its next try. */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after its last try: a dead letter, which may be retried by hand. */
	FAILED,

	/** Deliberately not sent; {@code lastError} says why. */
	SKIPPED

}
