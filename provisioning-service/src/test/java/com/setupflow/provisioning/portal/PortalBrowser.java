package com.setupflow.provisioning.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript: keeps its cookies (the session and the CSRF cookie),
 * follows no redirect by itself, and posts forms with the token of the last page it read,
 * as a form on that page would.
 */
final class PortalBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	private final String language;

	private String csrf;

	PortalBrowser(int port) {
		this(port, "en");
	}

	PortalBrowser(int port, String language) {
		this.port = port;
		this.language = language;
	}

	/** Signs in through the login form and lands on the portal. */
	PortalBrowser signIn(String email, String password) {
		get("/login");
		HttpResponse<String> signedIn = post("/login", "email", email, "password", password);
		assertThat(signedIn.statusCode()).as("sign-in of %s", email).isEqualTo(302);
		assertThat(location(signedIn)).endsWith("/portal");
		assertThat(get("/portal").statusCode()).isEqualTo(200);
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", this.language).GET().build());
	}

	/**
	 * Posts a form with the CSRF token; fields in name and value pairs, names may repeat.
	 */
	HttpResponse<String> post(String path, String... fields) {
		List<String> withToken = new ArrayList<>(List.of(fields));
		withToken.add("_csrf");
		withToken.add(this.csrf);
		return postWithoutToken(path, withToken.toArray(String[]::new));
	}

	HttpResponse<String> postWithoutToken(String path, String... fields) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", this.language)
			.POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&"))))
			.build());
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
