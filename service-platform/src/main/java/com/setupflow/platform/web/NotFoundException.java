package com.setupflow.platform.web;

/**
 * Thrown by a controller when the thing asked for does not exist (or is not the caller's
 * to see: the answer is the same, so nothing leaks). Answered with a 404 problem.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " was not found");
	}

}
