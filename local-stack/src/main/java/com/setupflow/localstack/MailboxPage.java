package com.setupflow.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.setupflow.embedded.MailServer;
import com.setupflow.embedded.ReceivedMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small web page listing the mail the local stack received, so that a person can read
 * the "Configure now" email and click its link.
 *
 * <ul>
 * <li>{@code /}: every message, newest first</li>
 * <li>{@code /messages/{id}}: one message; its HTML body in a sandboxed iframe (no
 * scripts; links open in a new tab), its text body with clickable links</li>
 * <li>{@code /api/messages} and {@code /api/messages/{id}}: the same as JSON</li>
 * </ul>
 * Every piece of mail content is untrusted and HTML-escaped.
 */
final class MailboxPage implements AutoCloseable {

	/** The list shows this many; a load test may leave 100,000 messages. */
	static final int LIST_LIMIT = 500;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");

	/**
	 * Mail HTML may style itself and show images, nothing more: no script, no form, no
	 * plugin.
	 */
	private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "img-src * data:; frame-src 'self'; form-action 'none'";

	private static final String STYLE = """
			body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
			table{border-collapse:collapse;width:100%}
			th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
			dt{font-weight:bold}dd{margin:0 0 .5rem 0}
			iframe{width:100%;height:60vh;border:1px solid #ccc}
			pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}""";

	private final MailServer mail;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "mailbox-page");
		thread.setDaemon(true);
		return thread;
	});

	private final JsonMapper json = JsonMapper.builder().build();

	private MailboxPage(MailServer mail, HttpServer server) {
		this.mail = mail;
		this.server = server;
	}

	/**
	 * Serves the page on {@code localhost:port}.
	 * @param mail the mail server whose messages to show
	 * @param port the port, or 0 for a free one
	 * @return the running page
	 * @throws IOException when the port is taken
	 */
	static MailboxPage start(MailServer mail, int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		MailboxPage page = new MailboxPage(mail, server);
		server.createContext("/", page::handle);
		server.setExecutor(page.executor);
		server.start();
		return page;
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
				send(exchange, 405, "text/plain", "Method not allowed");
				return;
			}
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/")) {
				send(exchange, 200, "text/html", listPage());
			}
			else if (path.equals("/api/messages")) {
				send(exchange, 200, "application/json", this.json.writeValueAsString(newestFirst()));
			}
			else if (path.startsWith("/api/messages/")) {
				Optional<ReceivedMail> message = this.mail.message(path.substring("/api/messages/".length()));
				if (message.isPresent()) {
					send(exchange, 200, "application/json", this.json.writeValueAsString(message.get()));
				}
				else {
					send(exchange, 404, "application/json", "{\"error\":\"no such message\"}");
				}
			}
			else if (path.startsWith("/messages/")) {
				Optional<ReceivedMail> message = this.mail.message(path.substring("/messages/".length()));
				if (message.isPresent()) {
					send(exchange, 200, "text/html", messagePage(message.get()));
				}
				else {
					send(exchange, 404, "text/html",
							page("Not found", "<p>No such message. <a href=\"/\">All mail</a></p>"));
				}
			}
			else {
				send(exchange, 404, "text/plain", "Not found");
			}
		}
	}

	private List<ReceivedMail> newestFirst() {
		return this.mail.messages()
			.stream()
			.sorted(Comparator.comparing(ReceivedMail::receivedAt).thenComparing(ReceivedMail::id).reversed())
			.toList();
	}

	private String listPage() {
		List<ReceivedMail> messages = newestFirst();
		StringBuilder body = new StringBuilder();
		body.append("<p>").append(messages.size()).append(" message(s)");
		if (messages.size() > LIST_LIMIT) {
			body.append(", newest ").append(LIST_LIMIT).append(" shown");
		}
		body.append(". IMAP on localhost:")
			.append(this.mail.imapPort())
			.append(" (user and password: the email address). <a href=\"/\">Refresh</a></p>");
		body.append(
				"<table><thead><tr><th>Received at</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>");
		for (ReceivedMail message : messages.subList(0, Math.min(messages.size(), LIST_LIMIT))) {
			body.append("<tr><td>")
				.append(escape(TIME.format(message.receivedAt())))
				.append("</td><td>")
				.append(escape(message.from()))
				.append("</td><td>")
				.append(escape(String.join(", ", message.to())))
				.append("</td><td><a href=\"/messages/")
				.append(escape(message.id()))
				.append("\">")
				.append(escape(message.subject().isEmpty() ? "(no subject)" : message.subject()))
				.append("</a></td></tr>");
		}
		body.append("</tbody></table>");
		return page("Mailbox", body.toString());
	}

	private String messagePage(ReceivedMail message) {
		StringBuilder body = new StringBuilder("<p><a href=\"/\">&larr; All mail</a></p><dl>");
		body.append("<dt>Subject</dt><dd>").append(escape(message.subject())).append("</dd>");
		body.append("<dt>From</dt><dd>").append(escape(message.from())).append("</dd>");
		body.append("<dt>To</dt><dd>").append(escape(String.join(", ", message.to()))).append("</dd>");
		body.append("<dt>Received at</dt><dd>").append(escape(TIME.format(message.receivedAt()))).append("</dd></dl>");
		if (message.htmlBody() != null) {
			// No allow-scripts: the mail's HTML is inert. Popups may leave the sandbox
			// so that a setup link opens as a normal page in a new tab.
			String framed = "<base target=\"_blank\">" + message.htmlBody();
			body.append(
					"<h2>HTML</h2><iframe title=\"HTML body\" sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")
				.append(" referrerpolicy=\"no-referrer\" srcdoc=\"")
				.append(escape(framed))
				.append("\"></iframe>");
		}
		if (message.textBody() != null) {
			body.append("<h2>Text</h2><pre>").append(linkify(message.textBody())).append("</pre>");
		}
		return page(message.subject(), body.toString());
	}

	private static String page(String title, String body) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
				+ " - setupflow local mailbox</title><style>" + STYLE + "</style></head><body><h1>" + escape(title)
				+ "</h1>" + body + "</body></html>";
	}

	/** Escapes text for HTML element content and quoted attribute values. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** Escapes plain text and turns its http(s) URLs into links. */
	static String linkify(String text) {
		StringBuilder html = new StringBuilder();
		Matcher url = URL.matcher(text);
		int last = 0;
		while (url.find()) {
			html.append(escape(text.substring(last, url.start())));
			String href = escape(url.group());
			html.append("<a href=\"")
				.append(href)
				.append("\" target=\"_blank\" rel=\"noreferrer\">")
				.append(href)
				.append("</a>");
			last = url.end();
		}
		return html.append(escape(text.substring(last))).toString();
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
		exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		boolean head = "HEAD".equals(exchange.getRequestMethod());
		exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
		if (!head) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

}
