package com.setupflow.events;

/**
 * A record on a topic that is not a readable event envelope. Consumers send it to a dead
 * letter topic instead of retrying it forever.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String message) {
		super(message);
	}

	public MalformedEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
