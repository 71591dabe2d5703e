package com.setupflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

	private final Path dir;

	MailWatch(Path dir) {
		this.dir = dir;
	}

	int count() {
		if (!Files.isDirectory(this.dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(this.dir)) {
			return (int) files.filter((file) -> file.toString().endsWith(".eml")).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "Configure now" emails per order number: [distinct orders, emails in all]. */
	int[] configureNowOrdersAndEmails() throws IOException {
		Set<String> orders = new HashSet<>();
		int emails = 0;
		List<Path> files;
		try (Stream<Path> listing = Files.list(this.dir)) {
			files = listing.filter((file) -> file.toString().endsWith(".eml")).toList();
		}
		for (Path file : files) {
			Matcher subject = SUBJECT.matcher(Files.readString(file));
			if (subject.find()) {
				orders.add(subject.group(1));
				emails++;
			}
		}
		return new int[] { orders.size(), emails };
	}

}
