package com.setupflow.embedded;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files accepted messages into the IMAP mailboxes after the SMTP conversation rather than
 * during it, as a mail server's local delivery does: indexing a message for IMAP was a
 * third of the server's time per message in a burst of emails. The mailboxes catch up
 * once SMTP has been quiet for a second, and always before an IMAP session starts, so an
 * IMAP client never sees a mailbox that lacks an accepted message.
 */
final class MailboxDelivery implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(MailboxDelivery.class);

	private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);

	private static final long POLL_MILLIS = 200;

	/** Guarded by itself. */
	private final Deque<Pending> pending = new ArrayDeque<>();

	/** Held while delivering, so each mailbox gets its messages in arrival order. */
	private final Object delivering = new Object();

	private final Thread worker;

	private volatile long lastArrival = System.nanoTime();

	private volatile boolean open = true;

	MailboxDelivery() {
		this.worker = new Thread(this::deliverWhenQuiet, "mailbox-delivery");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	/**
	 * The user SMTP delivers to: the same mailbox, but delivering only queues the
	 * message.
	 */
	GreenMailUser deferring(GreenMailUser user) {
		return (GreenMailUser) Proxy.newProxyInstance(GreenMailUser.class.getClassLoader(),
				new Class<?>[] { GreenMailUser.class }, (proxy, method, args) -> {
					if ("deliver".equals(method.getName()) && args != null && args.length == 1) {
						queue(user, (args[0] instanceof MovingMessage moving) ? moving.getMessage()
								: (MimeMessage) args[0]);
						return null;
					}
					try {
						return method.invoke(user, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private void queue(GreenMailUser user, MimeMessage message) {
		synchronized (this.pending) {
			this.pending.addLast(new Pending(user, message));
		}
		this.lastArrival = System.nanoTime();
	}

	/** Files every queued message now. */
	void deliverAll() {
		synchronized (this.delivering) {
			Pending next;
			while ((next = poll()) != null) {
				try {
					next.user().deliver(next.message());
				}
				catch (RuntimeException ex) {
					logger.warn("Cannot file a message in the mailbox of {}: {}", next.user().getEmail(),
							ex.toString());
				}
			}
		}
	}

	/** Forgets the queued messages: their mailboxes are gone (purge, stop). */
	void discard() {
		synchronized (this.pending) {
			this.pending.clear();
		}
	}

	private Pending poll() {
		synchronized (this.pending) {
			return this.pending.pollFirst();
		}
	}

	private boolean hasPending() {
		synchronized (this.pending) {
			return !this.pending.isEmpty();
		}
	}

	private void deliverWhenQuiet() {
		while (this.open) {
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				return;
			}
			if (hasPending() && System.nanoTime() - this.lastArrival >= QUIET_NANOS) {
				deliverAll();
			}
		}
	}

	@Override
	public void close() {
		this.open = false;
		this.worker.interrupt();
	}

	private record Pending(GreenMailUser user, MimeMessage message) {
	}

}
