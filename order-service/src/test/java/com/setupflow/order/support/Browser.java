package com.setupflow.order.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser without JavaScript does to the dashboard, over real HTTP: keeps the
 * session cookie, sends the language it prefers, submits forms with the CSRF token the
 * last page carried, and follows redirects one by one so tests see each of them.
 */
public class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final URI base;

	private final String language;

	private Page lastPage;

	public Browser(int port) {
		this(port, "en-GB,en;q=0.9");
	}

	public Browser(int port, String acceptLanguage) {
		this.base = URI.create("http://localhost:" + port);
		this.language = acceptLanguage;
	}

	/** Opens the page, following redirects. */
	public Page open(String path) {
		Page page = follow(send(HttpRequest.newBuilder(this.base.resolve(path)).GET()));
		this.lastPage = page;
		return page;
	}

	/** GET without following a redirect. */
	public Page get(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).GET());
	}

	/**
	 * Submits a form as the last page would: with its CSRF token; follows the redirect
	 * that answers it.
	 */
	public Page submit(String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", this.lastPage.csrfToken());
		Page page = follow(post(path, withToken));
		this.lastPage = page;
		return page;
	}

	/** A raw form POST: exactly these fields, no redirect followed. */
	public Page post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(this.base.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in through the login page, as a person would. */
	public Page signIn(String email, String password) {
		open("/login");
		return submit("/login", Map.of("email", email, "password", password));
	}

	private Page follow(Page page) {
		Page current = page;
		for (int hops = 0; current.isRedirect() && hops < 5; hops++) {
			current = send(HttpRequest.newBuilder(current.uri().resolve(current.header("Location"))).GET());
		}
		return current;
	}

	private Page send(HttpRequest.Builder request) {
		request.header("Accept", "text/html").header("Accept-Language", this.language);
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.uri(), response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One response.
	 *
	 * @param uri where it came from
	 * @param status HTTP status
	 * @param html the raw body
	 * @param headers response headers
	 */
	public record Page(URI uri, int status, String html, Map<String, List<String>> headers) {

		public boolean isRedirect() {
			return this.status >= 300 && this.status < 400;
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.flatMap((entry) -> entry.getValue().stream())
				.findFirst()
				.orElse(null);
		}

		/** The CSRF token of the page's forms. */
		public String csrfToken() {
			Matcher matcher = CSRF.matcher(this.html);
			if (!matcher.find()) {
				throw new AssertionError("No CSRF token on " + this.uri + ":\n" + this.html);
			}
			return matcher.group(1);
		}

		/** The element with this id, tags included, e.g. one row of a table. */
		public String element(String tag, String id) {
			int start = this.html.indexOf("<" + tag + " id=\"" + id + "\"");
			if (start < 0) {
				return null;
			}
			return this.html.substring(start, this.html.indexOf("</" + tag + ">", start) + tag.length() + 3);
		}

		/** The text a person reads: tags dropped, entities decoded, spaces collapsed. */
		public String text() {
			return text(this.html);
		}

		public static String text(String html) {
			return html.replaceAll("(?s)<head>.*</head>", " ")
				.replaceAll("<[^>]+>", " ")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&amp;", "&")
				.replaceAll("\\s+", " ")
				.trim();
		}

	}

}
