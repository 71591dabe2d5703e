package com.setupflow.testsupport.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a bad-input corpus: a request a careless or hostile client could send, and
 * the answer it must get. Paths, headers, bodies and form fields may hold placeholders
 * such as {@code {order}} that the test fills in from its fixtures once they exist.
 *
 * <p>
 * Written as a table, one call chain per row: <pre class="code">
 * BadInput.post("/api/v1/orders/{order}/notes").as("api").json("{\"text\": 5}")
 *     .named("note text as a number").expect(400).naming("text", "type")
 * </pre>
 */
public final class BadInput {

	/**
	 * The CSRF token of the caller's page, filled in for form posts unless told not to.
	 */
	public static final String CALLERS_CSRF = "{csrf}";

	private final String method;

	private final String path;

	private String name;

	private String caller;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String contentType;

	private String body;

	private final List<String[]> form = new ArrayList<>();

	private boolean isForm;

	private String csrf = CALLERS_CSRF;

	private int status;

	private String field;

	private String rule;

	private final List<String> shows = new ArrayList<>();

	private String location;

	private final List<String> afterRedirect = new ArrayList<>();

	private BadInput(String method, String path) {
		this.method = method;
		this.path = path;
	}

	public static BadInput get(String path) {
		return new BadInput("GET", path);
	}

	public static BadInput post(String path) {
		return new BadInput("POST", path);
	}

	public static BadInput put(String path) {
		return new BadInput("PUT", path);
	}

	public static BadInput delete(String path) {
		return new BadInput("DELETE", path);
	}

	public static BadInput patch(String path) {
		return new BadInput("PATCH", path);
	}

	public static BadInput method(String method, String path) {
		return new BadInput(method, path);
	}

	/** What the row tries, as the test report shows it. */
	public BadInput named(String name) {
		this.name = name;
		return this;
	}

	/**
	 * Sent as this caller of the test's fixtures (an API key, a signed-in session, HTTP
	 * Basic credentials...); no caller sends no credentials at all.
	 */
	public BadInput as(String caller) {
		this.caller = caller;
		return this;
	}

	public BadInput header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/** A raw body, sent byte for byte as UTF-8, malformed or not. */
	public BadInput body(String contentType, String body) {
		this.contentType = contentType;
		this.body = body;
		return this;
	}

	public BadInput json(String body) {
		return body("application/json", body);
	}

	/**
	 * A form post ({@code application/x-www-form-urlencoded}), names and values in pairs;
	 * a name may repeat. The caller's CSRF token is added unless {@link #withoutCsrf()}
	 * or {@link #csrf(String)} says otherwise.
	 */
	public BadInput form(String... pairs) {
		if (pairs.length % 2 != 0) {
			throw new IllegalArgumentException("Form fields come in name and value pairs");
		}
		this.isForm = true;
		this.contentType = "application/x-www-form-urlencoded";
		for (int i = 0; i < pairs.length; i += 2) {
			this.form.add(new String[] { pairs[i], pairs[i + 1] });
		}
		return this;
	}

	/** A form posted without any CSRF token, as a forged cross-site form would be. */
	public BadInput withoutCsrf() {
		this.csrf = null;
		return this;
	}

	/** A form posted with this CSRF token instead of the caller's. */
	public BadInput csrf(String token) {
		this.csrf = token;
		return this;
	}

	/** The status the answer must have. */
	public BadInput expect(int status) {
		this.status = status;
		return this;
	}

	/**
	 * The problem's {@code errors} must name this field with this rule (JSON APIs).
	 */
	public BadInput naming(String field, String rule) {
		this.field = field;
		this.rule = rule;
		return this;
	}

	/** The answer's body must contain this text, e.g. a page's message on a field. */
	public BadInput showing(String text) {
		this.shows.add(text);
		return this;
	}

	/** The answer redirects to a location ending with this. */
	public BadInput redirectingTo(String location) {
		this.location = location;
		return this;
	}

	/**
	 * The page the answer redirects to (Post/Redirect/Get) must show this text, e.g. the
	 * refusal's message.
	 */
	public BadInput thenShowing(String text) {
		this.afterRedirect.add(text);
		return this;
	}

	public String method() {
		return this.method;
	}

	public String path() {
		return this.path;
	}

	public String name() {
		return this.name;
	}

	public String caller() {
		return this.caller;
	}

	public Map<String, String> headers() {
		return this.headers;
	}

	public String contentType() {
		return this.contentType;
	}

	public String body() {
		return this.body;
	}

	public List<String[]> formFields() {
		return this.form;
	}

	public boolean isForm() {
		return this.isForm;
	}

	public String csrfToken() {
		return this.csrf;
	}

	public int status() {
		return this.status;
	}

	public String field() {
		return this.field;
	}

	public String rule() {
		return this.rule;
	}

	public List<String> shows() {
		return this.shows;
	}

	public String location() {
		return this.location;
	}

	public List<String> afterRedirect() {
		return this.afterRedirect;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.method).append(' ').append(this.path);
		if (this.caller != null) {
			text.append(" as ").append(this.caller);
		}
		text.append(": ").append(this.name).append(" -> ").append(this.status);
		if (this.field != null) {
			text.append(' ').append(this.field).append(' ').append(this.rule);
		}
		return text.toString();
	}

}
