package com.setupflow.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.setupflow.faults.MailIndex.Kind;
import com.setupflow.faults.TrackedOrder.Step;

/**
 * The effects the system should have had for a set of orders, and what it had: the
 * orders' states in the order service's database, the emails at the SMTP server, the
 * BillingStarted events on the billing topic, and every service's outbox against what the
 * topics carry.
 */
final class Ledger {

	private final Cluster cluster;

	private final MailIndex mail;

	private final EventTap tap;

	Ledger(Cluster cluster, MailIndex mail, EventTap tap) {
		this.cluster = cluster;
		this.mail = mail;
		this.tap = tap;
	}

	/**
	 * Counts everything for {@code orders}; the outbox figures are for the whole run so
	 * far.
	 */
	Result check(List<TrackedOrder> orders) {
		Result result = new Result();
		Map<UUID, String> statuses = statuses();
		for (TrackedOrder order : orders) {
			result.orders++;
			result.byKind.merge(order.kind, 1, Integer::sum);
			if (order.step == Step.GAVE_UP) {
				result.driverGaveUp++;
				result.problem("driver: " + order);
			}
			else if (!order.isSettled()) {
				result.inFlight++;
			}
			if (order.id == null) {
				continue;
			}
			result.accepted++;
			if (order.acceptedWith == 200) {
				result.replayed++;
			}
			String status = statuses.get(order.id);
			if (status == null) {
				result.lostOrders++;
				result.problem("accepted but not stored: " + order);
				continue;
			}
			if (order.isSettled() && !order.kind.expectedStatus().equals(status)) {
				result.wrongState++;
				result.problem("status " + status + " instead of " + order.kind.expectedStatus() + ": " + order);
			}
			List<MailIndex.Mail> toContact = this.mail.toNow(order.contact);
			expect(result, order, "Configure now", of(toContact, Kind.CONFIGURE_NOW),
					(order.kind == TrackedOrder.Kind.FUTURE) ? 0 : 1);
			expect(result, order, "cancellation", of(toContact, Kind.CANCELLED),
					(order.kind == TrackedOrder.Kind.CANCEL) ? 1 : 0);
			expect(result, order, "other email to the contact",
					toContact.stream()
						.filter((mail) -> mail.kind() == Kind.ORG_INVITATION || mail.kind() == Kind.OTHER)
						.toList(),
					0);
			List<MailIndex.Mail> toAdmin = this.mail.toNow(order.customerAdmin);
			expect(result, order, "customer admin invitation", toAdmin,
					(order.kind == TrackedOrder.Kind.DEPLOY && order.isSettled()) ? 1 : 0);
			int billing = this.tap.billingStarts(order.id);
			int expectedBilling = (order.kind == TrackedOrder.Kind.DEPLOY && order.isSettled()) ? 1 : 0;
			result.billingExpected += expectedBilling;
			result.billingStarted += billing;
			if (billing < expectedBilling) {
				result.billingMissing += expectedBilling - billing;
				result.problem("BillingStarted missing: " + order);
			}
			else if (billing > expectedBilling) {
				result.billingDuplicates += billing - expectedBilling;
				result.problem(billing + " BillingStarted: " + order);
			}
			toContact.stream().filter((mail) -> mail.kind() == Kind.CONFIGURE_NOW).findFirst().ifPresent((invite) -> {
				result.invitedAt.put(order, invite.receivedAt());
				Duration latency = Duration.between(order.acceptedAt, invite.receivedAt());
				if (latency.compareTo(result.maxInviteLatency) > 0) {
					result.maxInviteLatency = latency;
				}
			});
		}
		outbox(result);
		unsettledEmails(result);
		return result;
	}

	/**
	 * Emails still owed or accepted but not marked sent: none once everything settled. An
	 * email the SMTP server accepted whose batch failed must still end up SENT, with its
	 * NotificationSent.
	 */
	private void unsettledEmails(Result result) {
		query(Service.NOTIFICATION, "select (select count(*) from delivery_log where status = 'PENDING'),"
				+ " (select count(*) from delivery_accepted)", (rs) -> {
					result.emailsPending = rs.getLong(1);
					result.acceptancesUnsettled = rs.getLong(2);
				});
		if (result.emailsPending + result.acceptancesUnsettled > 0) {
			result.problem(result.emailsPending + " email(s) still pending, " + result.acceptancesUnsettled
					+ " accepted but not marked sent");
		}
	}

	private static List<MailIndex.Mail> of(List<MailIndex.Mail> mails, Kind kind) {
		return mails.stream().filter((mail) -> mail.kind() == kind).toList();
	}

	/**
	 * Compares what arrived with what should have. A copy beyond the first with the same
	 * Message-ID is the same email sent again (a SIGKILL in the milliseconds between the
	 * SMTP server's acceptance and its record); another Message-ID is a second email for
	 * one cause.
	 */
	private static void expect(Result result, TrackedOrder order, String what, List<MailIndex.Mail> mails,
			int expected) {
		int actual = mails.size();
		int distinct = (int) mails.stream().map(MailIndex.Mail::messageId).distinct().count();
		result.emailsExpected += expected;
		result.emailsReceived += actual;
		result.emailsResent += actual - distinct;
		if (actual - distinct > 0) {
			result.problem((actual - distinct) + " x " + what + " sent again (same Message-ID): " + order);
		}
		if (distinct < expected) {
			result.emailsMissing += expected - distinct;
			result.problem(what + " missing: " + order);
		}
		else if (distinct > expected) {
			result.emailDuplicates += distinct - expected;
			result.problem(distinct + " x " + what + " (expected " + expected + "): " + order);
		}
	}

	private Map<UUID, String> statuses() {
		Map<UUID, String> statuses = new HashMap<>();
		query(Service.ORDER, "select id, status from purchase_order",
				(rs) -> statuses.put(rs.getObject(1, UUID.class), rs.getString(2)));
		return statuses;
	}

	/** Every service's outbox: nothing left unpublished, and every event on its topic. */
	private void outbox(Result result) {
		for (Service service : Service.values()) {
			List<UUID> published = new ArrayList<>();
			query(service, "select event_id, published_at is not null from outbox_event", (rs) -> {
				if (rs.getBoolean(2)) {
					published.add(rs.getObject(1, UUID.class));
				}
				else {
					result.outboxUnpublished++;
				}
			});
			result.eventsPublished += published.size();
			int lost = this.tap.missing(published).size();
			result.eventsLost += lost;
			if (lost > 0) {
				result.problem(lost + " event(s) of " + service.module() + " marked published but on no topic");
			}
		}
		result.republished = this.tap.republished();
	}

	private interface Row {

		void read(ResultSet rs) throws SQLException;

	}

	private void query(Service service, String sql, Row row) {
		try (Connection connection = this.cluster.database(service).getConnection();
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				row.read(rs);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read " + service.database() + ": " + ex.getMessage(), ex);
		}
	}

	/** The figures of one check. */
	static final class Result {

		int orders;

		final Map<TrackedOrder.Kind, Integer> byKind = new EnumMap<>(TrackedOrder.Kind.class);

		int accepted;

		int replayed;

		int inFlight;

		int driverGaveUp;

		int lostOrders;

		int wrongState;

		int emailsExpected;

		int emailsReceived;

		int emailsMissing;

		int emailDuplicates;

		/** Copies of an email sent again, same Message-ID. */
		int emailsResent;

		int billingExpected;

		int billingStarted;

		int billingMissing;

		int billingDuplicates;

		long eventsPublished;

		long outboxUnpublished;

		long eventsLost;

		long republished;

		/** Emails of the whole run still PENDING. */
		long emailsPending;

		/** Acceptances recorded whose email is not marked SENT yet. */
		long acceptancesUnsettled;

		Duration maxInviteLatency = Duration.ZERO;

		final Map<TrackedOrder, Instant> invitedAt = new HashMap<>();

		final List<String> problems = new ArrayList<>();

		void problem(String problem) {
			if (this.problems.size() < 20) {
				this.problems.add(problem);
			}
		}

		/** Every effect there, none twice, nothing lost: what quiescence waits for. */
		boolean isComplete() {
			return this.inFlight == 0 && this.lostOrders == 0 && this.wrongState == 0 && this.emailsMissing == 0
					&& this.billingMissing == 0 && this.outboxUnpublished == 0 && this.eventsLost == 0
					&& this.emailsPending == 0 && this.acceptancesUnsettled == 0;
		}

		/**
		 * Complete, and no effect twice. Emails sent again after a SIGKILL (same
		 * Message-ID) are the notification service's documented window, counted apart and
		 * bounded by {@link Fault#mayResendEmails()}: see {@code docs/reliability.md}.
		 */
		boolean isClean() {
			return isComplete() && this.driverGaveUp == 0 && this.emailDuplicates == 0 && this.billingDuplicates == 0;
		}

		@Override
		public String toString() {
			return "orders=" + this.orders + " " + this.byKind + ", accepted=" + this.accepted + " (replayed "
					+ this.replayed + "), inFlight=" + this.inFlight + ", gaveUp=" + this.driverGaveUp + ", lostOrders="
					+ this.lostOrders + ", wrongState=" + this.wrongState + ", emails " + this.emailsReceived + "/"
					+ this.emailsExpected + " (missing " + this.emailsMissing + ", twice " + this.emailDuplicates
					+ ", sent again " + this.emailsResent + "), billing " + this.billingStarted + "/"
					+ this.billingExpected + " (missing " + this.billingMissing + ", duplicates "
					+ this.billingDuplicates + "), events published " + this.eventsPublished + " (unpublished "
					+ this.outboxUnpublished + ", lost " + this.eventsLost + ", republished " + this.republished
					+ "), emails pending " + this.emailsPending + " (accepted, not marked sent "
					+ this.acceptancesUnsettled + "), problems=" + this.problems;
		}

	}

}
