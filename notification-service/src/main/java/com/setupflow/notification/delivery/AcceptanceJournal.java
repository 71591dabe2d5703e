package com.setupflow.notification.delivery;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records in {@code delivery_accepted}, within milliseconds, each email the SMTP server
 * accepted, apart from the transaction of its batch: if that transaction then fails (the
 * process is killed, the database restarts), the email is known to be sent and is not
 * sent again (see {@link DeliverySender}).
 *
 * <p>
 * One thread writes for every sending thread, on its own connection, and never waits on
 * their row locks ({@code delivery_accepted} has no foreign key for that reason). Each
 * write takes whatever was queued in the last few milliseconds (group commit), so a burst
 * costs a commit per few emails, not one per email, and the senders never wait for it
 * while they send; a sender done with its batch has what it waits for written at once. An
 * acceptance it could not write (the database is unreachable) stays queued and is tried
 * again until it is written; until then it is {@link #unrecorded()}.
 */
@Component
class AcceptanceJournal implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(AcceptanceJournal.class);

	/**
	 * How long acceptances gather before they are written, unless a sender waits for
	 * them: a commit per few emails rather than per email, at the price of a few
	 * milliseconds more in which a SIGKILL sends them again.
	 */
	private static final Duration LINGER = Duration.ofMillis(5);

	/** Between two tries while the database fails. */
	private static final Duration RETRY_DELAY = Duration.ofMillis(200);

	/** How long a stop keeps trying to write what is still queued. */
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Durable even where the server commits asynchronously by default: an acceptance lost
	 * in a database crash would be sent again. One statement, so one round trip per
	 * write.
	 */
	private static final String RECORD = "with durable as (select set_config('synchronous_commit', 'on', true))"
			+ " insert into delivery_accepted (delivery_id) select id from unnest(?::uuid[]) as id, durable"
			+ " on conflict (delivery_id) do nothing";

	private final JdbcClient jdbc;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	/** Accepted, not written yet; guarded by the lock. */
	private Set<UUID> queued = new LinkedHashSet<>();

	/** Being written; guarded by the lock. */
	private Set<UUID> writing = Set.of();

	/** Senders waiting for their acceptances to be written; guarded by the lock. */
	private int waiting;

	private volatile boolean running;

	/** Set by {@link #stop()}: until when a failing write is tried again. */
	private volatile long stopDeadline;

	private Thread writer;

	AcceptanceJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The SMTP server accepted this email: queues it to be recorded at once. */
	void accepted(UUID deliveryId) {
		this.lock.lock();
		try {
			this.queued.add(deliveryId);
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Accepted emails not recorded yet: those a claim must leave alone, because the table
	 * cannot tell yet that they were sent.
	 */
	Set<UUID> unrecorded() {
		this.lock.lock();
		try {
			if (this.queued.isEmpty() && this.writing.isEmpty()) {
				return Set.of();
			}
			Set<UUID> unrecorded = new LinkedHashSet<>(this.writing);
			unrecorded.addAll(this.queued);
			return unrecorded;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Waits until every one of these acceptances is recorded.
	 * @return {@code false} if some were still not recorded after {@code timeout}
	 */
	boolean awaitRecorded(Collection<UUID> deliveryIds, Duration timeout) throws InterruptedException {
		long remaining = timeout.toNanos();
		this.lock.lock();
		try {
			if (!isUnrecorded(deliveryIds)) {
				return true;
			}
			// Written at once, not after the linger.
			this.waiting++;
			this.changed.signalAll();
			try {
				while (isUnrecorded(deliveryIds)) {
					if (remaining <= 0) {
						return false;
					}
					remaining = this.changed.awaitNanos(remaining);
				}
				return true;
			}
			finally {
				this.waiting--;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private boolean isUnrecorded(Collection<UUID> deliveryIds) {
		if (this.queued.isEmpty() && this.writing.isEmpty()) {
			return false;
		}
		for (UUID id : deliveryIds) {
			if (this.queued.contains(id) || this.writing.contains(id)) {
				return true;
			}
		}
		return false;
	}

	private void writeUntilStopped() {
		int failures = 0;
		while (true) {
			Set<UUID> batch = next();
			if (batch == null) {
				return;
			}
			try {
				this.jdbc.sql(RECORD).param(batch.toArray(UUID[]::new)).update();
				done(batch, true);
				if (failures > 0) {
					logger.info("Recording accepted emails works again after {} failed tries", failures);
					failures = 0;
				}
			}
			catch (RuntimeException ex) {
				done(batch, false);
				if (failures++ == 0) {
					logger.warn("Cannot record {} emails the SMTP server accepted; trying again until it works: {}",
							batch.size(), ex.getMessage());
				}
				if (!this.running && System.nanoTime() - this.stopDeadline > 0) {
					logger.error("Stopping with {} accepted emails not recorded: they may be sent again",
							unrecorded().size());
					return;
				}
				// The whole delay, whatever is queued meanwhile.
				FullPause.await(this.lock, this.changed, RETRY_DELAY, () -> true);
			}
		}
	}

	/**
	 * Waits for acceptances to record, then lets more gather for {@link #LINGER} unless a
	 * sender waits for them or it is stopping.
	 * @return all of them, now being written; {@code null} once stopped with nothing
	 * queued
	 */
	private Set<UUID> next() {
		this.lock.lock();
		try {
			while (this.queued.isEmpty()) {
				if (!this.running) {
					return null;
				}
				this.changed.awaitUninterruptibly();
			}
			long remaining = LINGER.toNanos();
			while (remaining > 0 && this.waiting == 0 && this.running) {
				remaining = this.changed.awaitNanos(remaining);
			}
			this.writing = this.queued;
			this.queued = new LinkedHashSet<>();
			return this.writing;
		}
		catch (InterruptedException ex) {
			// Nothing interrupts this thread; if something did, write what is queued.
			Thread.currentThread().interrupt();
			this.writing = this.queued;
			this.queued = new LinkedHashSet<>();
			return this.writing;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void done(Set<UUID> batch, boolean recorded) {
		this.lock.lock();
		try {
			if (!recorded) {
				// Tried again with whatever came since.
				batch.addAll(this.queued);
				this.queued = batch;
			}
			this.writing = Set.of();
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.writer = new Thread(this::writeUntilStopped, "mail-acceptance-journal");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * After the sending threads (a lower phase stops later): writes what they queued
	 * before it stops.
	 */
	@Override
	public synchronized void stop() {
		this.stopDeadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
		this.running = false;
		this.lock.lock();
		try {
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		try {
			this.writer.join(STOP_TIMEOUT.plusSeconds(5).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 1;
	}

}
