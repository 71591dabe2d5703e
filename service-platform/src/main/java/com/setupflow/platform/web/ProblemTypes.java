package com.setupflow.platform.web;

import java.net.URI;

/**
 * The {@code type} of each problem setupflow answers with; clients may switch on it.
 */
public final class ProblemTypes {

	public static final URI VALIDATION = URI.create("https://setupflow.dev/problems/validation");

	public static final URI NOT_FOUND = URI.create("https://setupflow.dev/problems/not-found");

	public static final URI CONFLICT = URI.create("https://setupflow.dev/problems/conflict");

	public static final URI UNAUTHORIZED = URI.create("https://setupflow.dev/problems/unauthorized");

	public static final URI PAYLOAD_TOO_LARGE = URI.create("https://setupflow.dev/problems/payload-too-large");

	public static final URI UNSUPPORTED_MEDIA_TYPE = URI
		.create("https://setupflow.dev/problems/unsupported-media-type");

	private ProblemTypes() {
	}

}
