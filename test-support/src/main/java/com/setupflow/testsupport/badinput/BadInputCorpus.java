package com.setupflow.testsupport.badinput;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Sends the rows of a bad-input corpus to a running service over real HTTP and checks
 * each answer: the expected status (never a 500), for a problem its status and the field
 * and rule its {@code errors} name, for a page the text it must show, no markup echoed
 * unescaped, and that the service's database is exactly as it was before.
 */
public final class BadInputCorpus {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final DatabaseFootprint database;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, Caller> callers = new HashMap<>();

	/**
	 * @param port where the service listens
	 * @param database the service's database, compared before and after each row
	 */
	public BadInputCorpus(int port, DatabaseFootprint database) {
		this.base = "http://localhost:" + port;
		this.database = database;
	}

	/** What a placeholder such as {@code {order}} stands for (give the name bare). */
	public BadInputCorpus value(String placeholder, Object value) {
		this.values.put("{" + placeholder + "}", String.valueOf(value));
		return this;
	}

	public BadInputCorpus caller(String name, Caller caller) {
		this.callers.put(name, caller);
		return this;
	}

	/** Waits until what the fixtures set off is done, so each row starts from rest. */
	public void settle() {
		this.database.settled();
	}

	/** Sends the row and checks its answer and that it wrote nothing. */
	public void check(BadInput row) {
		Map<String, String> before = this.database.take();
		Answer answer = send(row);
		String described = row + "\n<- " + answer;

		assertThat(answer.status()).as("status of %s", described).isNotEqualTo(500).isEqualTo(row.status());
		if (answer.isProblem()) {
			assertThat(answer.json().path("status").asInt()).as("problem status of %s", described)
				.isEqualTo(row.status());
		}
		if (row.field() != null) {
			if (!answer.isProblem()) {
				fail("Expected a problem naming %s %s: %s", row.field(), row.rule(), described);
			}
			List<String> named = new ArrayList<>();
			answer.json()
				.path("errors")
				.forEach((error) -> named.add(error.path("field").asString() + " " + error.path("rule").asString()));
			assertThat(named).as("errors of %s", described).contains(row.field() + " " + row.rule());
		}
		for (String text : row.shows()) {
			assertThat(answer.body()).as("body of %s", described).contains(resolve(text));
		}
		if (row.location() != null) {
			assertThat(answer.header("Location")).as("Location of %s", described).endsWith(resolve(row.location()));
		}
		if (!row.afterRedirect().isEmpty()) {
			Answer next = send(BadInput.get(URI.create(answer.header("Location")).getRawPath())
				.as(row.caller())
				.named("the page " + row.name() + " redirected to"));
			assertThat(next.status()).as("page after %s: %s", described, next).isEqualTo(200);
			for (String text : row.afterRedirect()) {
				assertThat(next.body()).as("page after %s", described).contains(resolve(text));
			}
		}
		if (answer.isHtml()) {
			// Whatever markup a row sent must come back as text.
			assertThat(answer.body()).as("page of %s", described)
				.doesNotContain("<script>alert")
				.doesNotContain("<img src=x");
		}
		List<String> written = DatabaseFootprint.differences(before, this.database.take());
		assertThat(written).as("tables written by %s", described).isEmpty();
	}

	/** Sends the row as it stands, placeholders filled in. */
	public Answer send(BadInput row) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + resolve(row.path())))
			.timeout(Duration.ofSeconds(30));
		Caller caller = caller(row);
		caller.headers().forEach(request::setHeader);
		row.headers().forEach((name, value) -> request.setHeader(name, resolve(value)));
		String body = body(row, caller);
		if (row.contentType() != null) {
			request.setHeader("Content-Type", row.contentType());
		}
		request.method(row.method(), (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(row + " was not answered", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Caller caller(BadInput row) {
		if (row.caller() == null) {
			return new Caller(Map.of(), null);
		}
		Caller caller = this.callers.get(row.caller());
		if (caller == null) {
			throw new IllegalStateException("No caller '" + row.caller() + "' among " + this.callers.keySet());
		}
		return caller;
	}

	private String body(BadInput row, Caller caller) {
		if (!row.isForm()) {
			return (row.body() != null) ? resolve(row.body()) : null;
		}
		List<String[]> fields = new ArrayList<>(row.formFields());
		if (row.csrfToken() != null) {
			String token = BadInput.CALLERS_CSRF.equals(row.csrfToken()) ? caller.csrfToken() : row.csrfToken();
			if (token != null) {
				fields.add(new String[] { "_csrf", token });
			}
		}
		return fields.stream()
			.map((field) -> encode(resolve(field[0])) + "=" + encode(resolve(field[1])))
			.collect(Collectors.joining("&"));
	}

	private String resolve(String text) {
		String resolved = text;
		for (Map.Entry<String, String> value : this.values.entrySet()) {
			resolved = resolved.replace(value.getKey(), value.getValue());
		}
		return resolved;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * What came back.
	 *
	 * @param status HTTP status
	 * @param body the body as text
	 * @param headers response headers
	 */
	public record Answer(int status, String body, Map<String, List<String>> headers) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.flatMap((entry) -> entry.getValue().stream())
				.findFirst()
				.orElse(null);
		}

		boolean isProblem() {
			String type = header("Content-Type");
			return type != null && type.startsWith("application/problem+json");
		}

		boolean isHtml() {
			String type = header("Content-Type");
			return type != null && type.startsWith("text/html");
		}

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		@Override
		public String toString() {
			String excerpt = (this.body.length() > 600) ? this.body.substring(0, 600) + "..." : this.body;
			return this.status + " " + header("Content-Type") + " Location=" + header("Location") + " " + excerpt;
		}

	}

}
