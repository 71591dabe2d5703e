package com.setupflow.order.dashboard.web;

import java.io.Serializable;

/**
 * A form that was refused, carried across the redirect so the page shows the message next
 * to the field, with what was typed still in it.
 *
 * @param orderId the order whose form it was
 * @param field the refused field
 * @param message why, in the rep's language
 * @param value what was typed
 */
public record FormProblem(String orderId, String field, String message, String value) implements Serializable {

	/** Whether this is the problem of that order's field, for the page's templates. */
	public boolean isFor(Object orderId, String field) {
		return this.orderId.equals(String.valueOf(orderId)) && this.field.equals(field);
	}

}
