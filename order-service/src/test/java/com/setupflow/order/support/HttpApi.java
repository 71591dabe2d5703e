package com.setupflow.order.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for API tests: exact headers and raw bodies, so tests can send what
 * a misbehaving client would.
 */
public class HttpApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String apiKey;

	public HttpApi(int port, String apiKey) {
		this.baseUrl = "http://localhost:" + port;
		this.apiKey = apiKey;
	}

	public Response post(String path, String body) {
		return send("POST", path, body, "application/json", this.apiKey);
	}

	public Response put(String path, String body) {
		return send("PUT", path, body, "application/json", this.apiKey);
	}

	public Response get(String path) {
		return send("GET", path, null, null, this.apiKey);
	}

	public Response send(String method, String path, String body, String contentType, String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What came back.
	 *
	 * @param status HTTP status
	 * @param body raw body
	 * @param headers response headers
	 */
	public record Response(int status, String body, java.util.Map<String, List<String>> headers) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.flatMap((entry) -> entry.getValue().stream())
				.findFirst()
				.orElse(null);
		}

		/** The {@code field} of each entry under {@code errors}. */
		public List<String> errorFields() {
			List<String> fields = new ArrayList<>();
			json().path("errors").forEach((error) -> fields.add(error.path("field").asString()));
			return fields;
		}

		/** The {@code rule} of each entry under {@code errors}. */
		public List<String> errorRules() {
			List<String> rules = new ArrayList<>();
			json().path("errors").forEach((error) -> rules.add(error.path("rule").asString()));
			return rules;
		}

	}

}
