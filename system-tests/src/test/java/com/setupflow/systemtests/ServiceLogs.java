package com.setupflow.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The log files the local stack writes for each service, read as an operator would: by
 * searching for an order's correlation id.
 */
final class ServiceLogs {

	private final Path logs;

	ServiceLogs(Path dataDir) {
		this.logs = dataDir.resolve("logs");
	}

	/**
	 * The lines of one service's log that carry {@code correlationId} and its trace id in
	 * their correlation field, as every line about the order should.
	 * @param service e.g. {@code order-service}
	 */
	List<String> linesAbout(String service, String correlationId) {
		String field = "[" + correlationId + " " + correlationId.replace("-", "") + "]";
		try {
			return Files.readAllLines(this.logs.resolve(service + ".log"), StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.contains(field))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
