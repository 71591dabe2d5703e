package com.setupflow.order.order;

import java.time.LocalDate;

/**
 * A start date before today in the order's time zone. Answered with 400 naming the field.
 */
public class StartDateInPastException extends RuntimeException {

	public StartDateInPastException(LocalDate date, LocalDate today, String timeZone) {
		super("must be today (" + today + " in " + timeZone + ") or later, not " + date);
	}

}
