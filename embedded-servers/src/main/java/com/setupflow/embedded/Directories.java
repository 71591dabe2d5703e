package com.setupflow.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** File-system chores shared by the servers. */
final class Directories {

	private static final Logger logger = LoggerFactory.getLogger(Directories.class);

	private Directories() {
	}

	/** Deletes a temporary directory; a leftover in /tmp is not worth failing a test. */
	static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}: {}", dir, ex.toString());
		}
	}

}
