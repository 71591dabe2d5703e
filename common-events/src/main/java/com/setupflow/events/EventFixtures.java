package com.setupflow.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The pinned JSON form of each event, checked into this module. Producers' tests assert
 * they still write it; consumers' tests feed it to their listeners, so a producer change
 * that would break a consumer fails a build.
 */
public final class EventFixtures {

	private EventFixtures() {
	}

	/**
	 * The fixture for a type and schema version, e.g. {@code load("OrderPlaced", 1)}.
	 */
	public static String load(String type, int schemaVersion) {
		String name = "/event-fixtures/" + type + ".v" + schemaVersion + ".json";
		try (InputStream in = EventFixtures.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
