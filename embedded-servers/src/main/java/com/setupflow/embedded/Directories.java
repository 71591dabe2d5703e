package com.setupflow.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** File-system chores shared by the servers and the tools around them. */
public final class Directories {

	private static final Logger logger = LoggerFactory.getLogger(Directories.class);

	private Directories() {
	}

	/**
	 * Deletes a directory and everything in it, if it exists.
	 * @param dir the directory
	 * @throws IOException if any of it cannot be deleted
	 */
	public static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		List<Path> deepestFirst;
		try (Stream<Path> paths = Files.walk(dir)) {
			deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : deepestFirst) {
			Files.delete(path);
		}
	}

	/** Deletes a temporary directory; a leftover in /tmp is not worth failing a test. */
	static void deleteRecursively(Path dir) {
		try {
			delete(dir);
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}: {}", dir, ex.toString());
		}
	}

}
