package com.setupflow.faults;

import java.time.Instant;
import java.util.UUID;

/**
 * One order of the stream, what it should become, and how far its driver got.
 */
final class TrackedOrder {

	/** What the driver does with an order, and so what the order should become. */
	enum Kind {

		/** Starts in ten days: RECEIVED, no email. */
		FUTURE("RECEIVED"),

		/** Starts today: INVITED, one "Configure now". */
		INVITE("INVITED"),

		/**
		 * Starts today, cancelled once invited: CANCELLED, one "Configure now", one
		 * cancellation.
		 */
		CANCEL("CANCELLED"),

		/**
		 * Starts today, installed and deployed through the setup API once invited:
		 * ACTIVE, one "Configure now", one invitation of the customer's admin, one
		 * BillingStarted.
		 */
		DEPLOY("ACTIVE");

		private final String expectedStatus;

		Kind(String expectedStatus) {
			this.expectedStatus = expectedStatus;
		}

		String expectedStatus() {
			return this.expectedStatus;
		}

		/** 40 % invited only, 20 % each of the others. */
		static Kind forNumber(int n) {
			return switch (n % 10) {
				case 0, 1, 2, 3 -> INVITE;
				case 4, 5 -> FUTURE;
				case 6, 7 -> CANCEL;
				default -> DEPLOY;
			};
		}

	}

	/** Where the driver is with the order. */
	enum Step {

		PLACE, AWAIT_INVITE, INSTALL, PASSWORD, CALLING, MEETINGS, ENTERPRISE, DEPLOY, CANCEL, DONE, GAVE_UP

	}

	final int number;

	final Kind kind;

	final String phase;

	final String orderNumber;

	final String contact;

	final String customerAdmin;

	final String subdomain;

	final Instant createdAt = Instant.now();

	volatile Step step = Step.PLACE;

	volatile UUID id;

	/** 201, or 200 when a retry found the order the lost answer had created. */
	volatile int acceptedWith;

	volatile Instant acceptedAt;

	volatile Instant invitedAt;

	volatile String token;

	volatile int failedAttempts;

	volatile String problem;

	TrackedOrder(String run, int number, String phase) {
		this.number = number;
		this.kind = Kind.forNumber(number);
		this.phase = phase;
		this.orderNumber = "F-" + run + "-" + number;
		this.contact = "contact-" + run + "-" + number + "@faults.example";
		this.customerAdmin = "admin-" + run + "-" + number + "@customer-" + number + ".example";
		this.subdomain = ("f" + run + "-" + number).toLowerCase(java.util.Locale.ROOT);
	}

	boolean isSettled() {
		return this.step == Step.DONE || this.step == Step.GAVE_UP;
	}

	@Override
	public String toString() {
		return this.orderNumber + " (" + this.kind + ", " + this.phase + ", id " + this.id + ", step " + this.step
				+ ((this.problem != null) ? ", " + this.problem : "") + ")";
	}

}
