package com.setupflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what reached the SMTP server: the local stack's mail server keeps each accepted
 * message as an .eml file before it answers, so the files are the server's own record.
 */
final class MailWatch {

	private static final Pattern SUBJECT = Pattern.compile("(?m)^Subject: Configure now: order (\\S+)\\s*$");

	/** The server's own header: when it accepted the message (before answering 250). */
	private static final Pattern RECEIVED_AT = Pattern.compile("(?m)^X-Setupflow-Received-At: (\\S+)\\s*$");

	private final Path dir;

	MailWatch(Path dir) {
		this.dir = dir;
	}

	/**
	 * The messages stored so far. Names only: with 100,000 files in the folder this runs
	 * on the machine under test, so it must stay cheap.
	 */
	int count() {
		String[] names = this.dir.toFile().list();
		if (names == null) {
			return 0;
		}
		int count = 0;
		for (String name : names) {
			if (name.endsWith(".eml")) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The "Configure now" emails the server stored, read once the burst is over.
	 * @param dueMillis the instant they were due
	 * @return per order number, and milliseconds from due to each email's arrival, as the
	 * server recorded it
	 */
	Emails configureNow(long dueMillis) throws IOException {
		Set<String> orders = new HashSet<>();
		List<Long> latencies = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(this.dir)) {
			files = listing.filter((file) -> file.toString().endsWith(".eml")).toList();
		}
		for (Path file : files) {
			String text = Files.readString(file);
			Matcher subject = SUBJECT.matcher(text);
			Matcher received = RECEIVED_AT.matcher(text);
			if (subject.find() && received.find()) {
				orders.add(subject.group(1));
				latencies.add(Instant.parse(received.group(1)).toEpochMilli() - dueMillis);
			}
		}
		return new Emails(orders.size(), latencies.size(),
				Stats.of(latencies.stream().mapToLong(Long::longValue).toArray()));
	}

	/**
	 * The "Configure now" emails at the server.
	 *
	 * @param orders distinct orders emailed
	 * @param emails emails in all
	 * @param dueToReceived milliseconds from due to each email's arrival
	 */
	record Emails(int orders, int emails, Stats dueToReceived) {
	}

}
