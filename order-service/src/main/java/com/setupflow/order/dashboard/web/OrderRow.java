package com.setupflow.order.dashboard.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import com.setupflow.order.order.OrderStatus;

/**
 * An order as the dashboard shows it, on the list and on its own page. Times are in the
 * order's own zone, like its start date.
 *
 * @param id setupflow's order id
 * @param orderNumber the commerce system's number
 * @param status where it stands
 * @param partnerName the partner
 * @param customerName the end customer, or {@code null}
 * @param startDate the requested start date
 * @param timeZone the order's zone
 * @param daysOverdue whole days since the start date, today in the order's zone
 * @param deploymentContact who is asked to set it up
 * @param linkOpened when a setup link was first opened, or {@code null}
 * @param stalledAt when it was reported stalled, or {@code null}
 * @param lastEmail the latest email sent or failed, or {@code null}
 * @param dispute the report that the partner organisation was not recognised, while the
 * rep has yet to answer it; or {@code null}
 */
public record OrderRow(UUID id, String orderNumber, OrderStatus status, String partnerName, String customerName,
		LocalDate startDate, String timeZone, long daysOverdue, String deploymentContact, ZonedDateTime linkOpened,
		ZonedDateTime stalledAt, LastEmail lastEmail, Dispute dispute) {

	/**
	 * Whether the resend button is worth showing: an order not yet invited, already
	 * active or ended would refuse it.
	 */
	public boolean canResend() {
		return this.status != OrderStatus.RECEIVED && this.status != OrderStatus.ACTIVE && !this.status.hasEnded();
	}

	/**
	 * Whether the contact can still change (not once the order ended or was installed).
	 */
	public boolean canChangeContact() {
		return !this.status.hasEnded() && !this.status.isInstalled();
	}

	/** Installed or active: the page says why the contact can no longer change. */
	public boolean isInstalled() {
		return this.status.isInstalled();
	}

	/**
	 * @param failed whether it failed for good rather than was sent
	 * @param detail which email, to whom (and why it failed)
	 * @param at when
	 */
	public record LastEmail(boolean failed, String detail, ZonedDateTime at) {
	}

	/**
	 * @param detail which organisation, who did not recognise it
	 * @param at when it was reported
	 */
	public record Dispute(String detail, ZonedDateTime at) {
	}

}
