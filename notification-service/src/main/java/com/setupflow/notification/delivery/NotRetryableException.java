package com.setupflow.notification.delivery;

/**
 * Only a failed email can be retried: a sent one would arrive twice, a skipped one was
 * skipped for a reason.
 */
public class NotRetryableException extends RuntimeException {

	public NotRetryableException(Delivery delivery) {
		super("Notification " + delivery.id() + " is " + delivery.status() + "; only a FAILED notification can be"
				+ " retried.");
	}

}
