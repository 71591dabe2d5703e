package com.setupflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Our timers: every loaded order's invitation made due at one instant, then the time
 * until each order's SetupLinkIssued is on Kafka and its "Configure now" email at the
 * SMTP server.
 */
final class TimerBurst {

	private final Stack stack;

	TimerBurst(Stack stack) {
		this.stack = stack;
	}

	/** Makes the invitations of the orders numbered {@code tag-*} due at one instant. */
	Result run(String tag, int orders, Duration timeout) throws Exception {
		MailWatch mail = new MailWatch(this.stack.mailDir());
		int mailBefore = mail.count();
		try (LinkWatch links = new LinkWatch(this.stack.kafkaBootstrap())) {
			long due = System.currentTimeMillis() + 3_000;
			int timers = makeDue(tag, due);
			System.out.printf("  %,d invitations due at %s%n", timers, Instant.ofEpochMilli(due));
			long deadline = due + timeout.toMillis();
			long allLinksAt = 0;
			long allMailAt = 0;
			long nextMailCount = 0;
			long nextReport = due + 5_000;
			int mailed = 0;
			while (System.currentTimeMillis() < deadline && (allLinksAt == 0 || allMailAt == 0)) {
				Stack.pause(Duration.ofMillis(250));
				long now = System.currentTimeMillis();
				if (allLinksAt == 0 && links.seen() >= orders) {
					allLinksAt = now;
				}
				// Listing the mail folder costs the machine under test: once a second.
				if (now >= nextMailCount) {
					nextMailCount = now + 1_000;
					mailed = mail.count() - mailBefore;
					if (mailed >= orders) {
						allMailAt = now;
					}
				}
				if (now >= nextReport) {
					nextReport += 5_000;
					System.out.printf("  +%ds: %,d links, %,d emails%n", (now - due) / 1000, links.seen(), mailed);
				}
			}
			MailWatch.Emails emails = mail.configureNow(due);
			return new Result(orders, Stats.of(links.latenciesFrom(due)), orders - links.seen(), links.duplicates(),
					setupDueTwice(), allMailAt != 0, emails, new BurstStages(this.stack).table(due));
		}
	}

	/** Only this burst's orders: the other phases' orders wait for their start date. */
	private int makeDue(String tag, long dueMillis) throws Exception {
		try (Connection orders = this.stack.database("orders");
				PreparedStatement due = orders.prepareStatement(
						"update due_timer set due_at = ?" + " where kind = 'SETUP_DUE' and state = 'PENDING'"
								+ " and order_id in (select id from purchase_order where order_number like ?)")) {
			due.setTimestamp(1, new Timestamp(dueMillis));
			due.setString(2, tag + "-%");
			return due.executeUpdate();
		}
	}

	/** Orders invited more than once, from the order service's own outbox. */
	private int setupDueTwice() throws Exception {
		try (Connection orders = this.stack.database("orders");
				ResultSet rs = orders.createStatement()
					.executeQuery("select count(*) - count(distinct message_key) from outbox_event"
							+ " where event_type = 'SetupDue'")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/**
	 * What the burst measured.
	 *
	 * @param orders invitations made due
	 * @param dueToLink milliseconds from due to SetupLinkIssued on Kafka, per order
	 * @param lostLinks orders without a link by the end
	 * @param duplicateLinks links published beyond the first per order
	 * @param duplicateInvitations orders whose SetupDue was recorded twice
	 * @param allMailed whether every email reached the SMTP server before the timeout
	 * @param mail the "Configure now" emails at the SMTP server
	 * @param stages orders through each stage per 5 s, as a Markdown table
	 */
	record Result(int orders, Stats dueToLink, int lostLinks, int duplicateLinks, int duplicateInvitations,
			boolean allMailed, MailWatch.Emails mail, String stages) {

		/** "Configure now" emails beyond the first per order. */
		int duplicateMails() {
			return this.mail.emails() - this.mail.orders();
		}

	}

}
