package com.setupflow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP and IMAP server (GreenMail) that accepts mail for any recipient on
 * {@code localhost}.
 *
 * <p>
 * Every recipient gets a mailbox on first delivery. IMAP login: the username is the email
 * address and the password is that same email address (authentication is disabled, so
 * GreenMail accepts the login and opens that address's mailbox whatever the password;
 * using the address keeps mail clients that insist on one happy).
 *
 * <p>
 * With a data directory, each accepted message is first written there as an {@code .eml}
 * file (before SMTP answers 250), and the files are delivered again to the IMAP mailboxes
 * at the next start, so mail survives restarts.
 *
 * <p>
 * A message is filed in its IMAP mailboxes once SMTP has been quiet for a second, and in
 * any case before an IMAP session starts (see {@link MailboxDelivery}); the list of
 * messages and the data directory have it before SMTP answers.
 */
public final class MailServer implements AutoCloseable {

	static {
		// Without it Jakarta Mail scans the whole class path for its stream provider
		// on every message parsed: half the server's time in a burst of emails.
		if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
			System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private static final Logger logger = LoggerFactory.getLogger(MailServer.class);

	/**
	 * Our own headers, prepended to the stored .eml: what SMTP knew but the message does
	 * not say.
	 */
	static final String RECEIVED_AT_HEADER = "X-Setupflow-Received-At";

	static final String ENVELOPE_TO_HEADER = "X-Setupflow-Envelope-To";

	private static final String EML = ".eml";

	private final GreenMail greenMail;

	private final int smtpPort;

	private final int imapPort;

	private final Path dataDir;

	private final Session session = Session.getInstance(new Properties());

	/** Guarded by itself; a plain list because a load test may bring 100,000 messages. */
	private final List<Received> received = new ArrayList<>();

	/**
	 * SMTP hands a message over once per recipient: record it once. Identity-based, weak.
	 */
	private final Set<MovingMessage> recorded = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private final AtomicInteger sequence = new AtomicInteger();

	private final MailboxDelivery mailboxDelivery = new MailboxDelivery();

	private boolean running;

	private MailServer(int smtpPort, int imapPort, Path dataDir) {
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
		this.dataDir = dataDir;
		String loopback = InetAddress.getLoopbackAddress().getHostAddress();
		this.greenMail = new DeferredDeliveryGreenMail(
				new ServerSetup[] { new ServerSetup(smtpPort, loopback, ServerSetup.PROTOCOL_SMTP),
						new ServerSetup(imapPort, loopback, ServerSetup.PROTOCOL_IMAP) },
				this.mailboxDelivery)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	/**
	 * Starts SMTP and IMAP on the given ports.
	 * @param smtpPort SMTP port, or 0 for a free one
	 * @param imapPort IMAP port, or 0 for a free one
	 * @param dataDir where messages are kept across restarts, or {@code null} to keep
	 * them in memory only
	 * @return the running server
	 */
	public static MailServer start(int smtpPort, int imapPort, Path dataDir) {
		MailServer server = new MailServer(FreePorts.resolve(smtpPort), FreePorts.resolve(imapPort),
				(dataDir != null) ? dataDir.toAbsolutePath() : null);
		server.startServer();
		return server;
	}

	/**
	 * Starts SMTP and IMAP on free ports, keeping messages in memory only.
	 * @return the running server
	 */
	public static MailServer startTemporary() {
		return start(0, 0, null);
	}

	public String host() {
		return "localhost";
	}

	public int smtpPort() {
		return this.smtpPort;
	}

	public int imapPort() {
		return this.imapPort;
	}

	/**
	 * Every message received (or reloaded from the data directory), oldest first.
	 * @return a snapshot
	 */
	public List<ReceivedMail> messages() {
		return received().stream().map(Received::mail).toList();
	}

	public List<ReceivedMail> messagesTo(String address) {
		return received().stream()
			.filter((mail) -> mail.to.stream().anyMatch(address::equalsIgnoreCase))
			.map(Received::mail)
			.toList();
	}

	public Optional<ReceivedMail> message(String id) {
		return received().stream().filter((mail) -> mail.id.equals(id)).findFirst().map(Received::mail);
	}

	private List<Received> received() {
		synchronized (this.received) {
			return List.copyOf(this.received);
		}
	}

	/**
	 * Deletes every message: from the mailboxes, from this list and from the data
	 * directory.
	 */
	public void purge() {
		synchronized (this.received) {
			this.mailboxDelivery.discard();
			try {
				this.greenMail.purgeEmailFromAllMailboxes();
			}
			catch (FolderException ex) {
				throw new IllegalStateException("Cannot purge the mailboxes", ex);
			}
			this.received.clear();
			for (Path file : storedFiles()) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}

	public synchronized boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops SMTP and IMAP, keeping the ports and the list of messages received, so that a
	 * test can take the mail server away and bring it back with {@link #restart()}.
	 */
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.greenMail.stop();
		// Queued for mailboxes that are gone: a start reloads them from the data
		// directory, or starts them empty without one.
		this.mailboxDelivery.discard();
		this.running = false;
		logger.info("Mail server on SMTP localhost:{} stopped", this.smtpPort);
	}

	/**
	 * Stops the server if it runs and starts it again on the same ports. With a data
	 * directory the mailboxes are reloaded from it; without one, the IMAP mailboxes start
	 * empty while {@link #messages()} still lists everything received.
	 */
	public synchronized void restart() {
		stop();
		if (this.dataDir != null) {
			// Every listed message is also a stored file, which the start lists again.
			synchronized (this.received) {
				this.received.clear();
			}
		}
		startServer();
	}

	@Override
	public void close() {
		stop();
		this.mailboxDelivery.close();
	}

	private synchronized void startServer() {
		if (this.dataDir != null) {
			try {
				Files.createDirectories(this.dataDir);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the mail directory " + this.dataDir, ex);
			}
		}
		this.greenMail.start();
		UserManager users = this.greenMail.getUserManager();
		MessageDeliveryHandler mailboxes = users.getMessageDeliveryHandler();
		users.setMessageDeliveryHandler((message, recipient) -> {
			if (this.recorded.add(message)) {
				record(message);
			}
			GreenMailUser user = mailboxes.handle(message, recipient);
			return (user != null) ? this.mailboxDelivery.deferring(user) : null;
		});
		reloadStoredMessages(users);
		this.running = true;
		logger.info("Mail server started: SMTP localhost:{}, IMAP localhost:{}{}", this.smtpPort, this.imapPort,
				(this.dataDir != null) ? " (data: " + this.dataDir + ")" : "");
	}

	private void record(MovingMessage message) throws MessagingException {
		Instant receivedAt = Instant.now();
		String id = String.format("%013d-%04d", receivedAt.toEpochMilli(), this.sequence.incrementAndGet() % 10_000);
		List<String> to = message.getToAddresses().stream().map(MailAddress::getEmail).toList();
		if (this.dataDir != null) {
			store(id, receivedAt, to, message.getMessage());
		}
		add(new Received(id, receivedAt, to, message.getMessage()));
	}

	/** Written to a temporary file and moved, so a crash never leaves half a message. */
	private void store(String id, Instant receivedAt, List<String> to, MimeMessage message) throws MessagingException {
		Path file = this.dataDir.resolve(id + EML);
		Path partial = this.dataDir.resolve(id + EML + ".partial");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				String headers = RECEIVED_AT_HEADER + ": " + receivedAt + "\r\n" + ENVELOPE_TO_HEADER + ": "
						+ String.join(", ", to) + "\r\n";
				out.write(headers.getBytes(StandardCharsets.US_ASCII));
				message.writeTo(out);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// Refusing the message (SMTP error) is better than accepting one we would
			// lose.
			throw new MessagingException("Cannot store message in " + file, ex);
		}
	}

	private void reloadStoredMessages(UserManager users) {
		List<Path> files = storedFiles();
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				MimeMessage message = new MimeMessage(this.session, in);
				String id = file.getFileName().toString().replace(EML, "");
				Instant receivedAt = Instant.parse(message.getHeader(RECEIVED_AT_HEADER, null));
				List<String> to = Arrays.stream(message.getHeader(ENVELOPE_TO_HEADER, ",").split(","))
					.map(String::trim)
					.filter((address) -> !address.isEmpty())
					.toList();
				for (String address : to) {
					mailbox(users, address).deliver(message);
				}
				add(new Received(id, receivedAt, to, message));
			}
			catch (IOException | MessagingException | UserException | RuntimeException ex) {
				logger.warn("Skipping unreadable stored message {}: {}", file, ex.toString());
			}
		}
		if (!files.isEmpty()) {
			logger.info("Reloaded {} stored messages from {}", files.size(), this.dataDir);
		}
	}

	private static GreenMailUser mailbox(UserManager users, String address) throws UserException {
		GreenMailUser user = users.getUserByEmail(address);
		return (user != null) ? user : users.createUser(address, address, address);
	}

	private List<Path> storedFiles() {
		if (this.dataDir == null) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.dataDir)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(EML)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + this.dataDir, ex);
		}
	}

	private void add(Received mail) {
		synchronized (this.received) {
			this.received.add(mail);
		}
	}

	private static ReceivedMail describe(String id, Instant receivedAt, List<String> to, MimeMessage message)
			throws MessagingException {
		Address[] from = message.getFrom();
		String sender = (from != null && from.length > 0) ? unicode(from[0]) : "";
		Bodies bodies = new Bodies();
		try {
			bodies.collect(message);
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			// A body we cannot decode still leaves a listable message.
			logger.warn("Cannot read the body of message {}: {}", id, ex.toString());
		}
		return new ReceivedMail(id, sender, to, message.getSubject(), receivedAt, bodies.text, bodies.html,
				message.getMessageID());
	}

	private static String unicode(Address address) {
		return (address instanceof InternetAddress internet) ? internet.toUnicodeString() : address.toString();
	}

	/**
	 * A message as received, described (its bodies decoded) only when someone asks for
	 * it: in a burst of 100,000 emails decoding every body at once cost a fifth of the
	 * server's time, and most are never looked at.
	 */
	private static final class Received {

		private final String id;

		private final Instant receivedAt;

		private final List<String> to;

		private MimeMessage message;

		private ReceivedMail described;

		Received(String id, Instant receivedAt, List<String> to, MimeMessage message) {
			this.id = id;
			this.receivedAt = receivedAt;
			this.to = List.copyOf(to);
			this.message = message;
		}

		/** The same instance on every call: the message is decoded once. */
		synchronized ReceivedMail mail() {
			if (this.described == null) {
				try {
					this.described = describe(this.id, this.receivedAt, this.to, this.message);
				}
				catch (MessagingException | RuntimeException ex) {
					logger.warn("Cannot read the headers of message {}: {}", this.id, ex.toString());
					this.described = new ReceivedMail(this.id, "", this.to, "", this.receivedAt, null, null, null);
				}
				this.message = null;
			}
			return this.described;
		}

	}

	/** The first text/plain and text/html parts, attachments aside. */
	private static final class Bodies {

		private String text;

		private String html;

		void collect(Part part) throws MessagingException, IOException {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return;
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i));
				}
			}
			else if (part.isMimeType("text/plain") && this.text == null) {
				this.text = part.getContent().toString();
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = part.getContent().toString();
			}
		}

	}

}
