package com.setupflow.platform.web;

import java.io.IOException;

/**
 * A request body went past the configured limit while being read.
 */
public class RequestBodyTooLargeException extends IOException {

	public RequestBodyTooLargeException(long limit) {
		super("The body is larger than " + limit + " bytes; send at most " + limit + " bytes.");
	}

}
