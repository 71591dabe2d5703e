package com.setupflow.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Threads that send due emails until none is left, then wait for a wake-up (an email
 * committed, a retry asked for) or the poll interval, which is when retries fall due.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryWorker.class);

	/** Long enough for a batch in flight to finish within the SMTP timeouts. */
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final DeliverySender sender;

	private final MailSettings.Sender settings;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition work = this.lock.newCondition();

	private boolean woken;

	private volatile boolean running;

	private final List<Thread> threads = new ArrayList<>();

	DeliveryWorker(DeliverySender sender, MailSettings settings) {
		this.sender = sender;
		this.settings = settings.sender();
	}

	/**
	 * Wakes the worker when the current transaction commits (at once outside one), so a
	 * new email goes out within milliseconds rather than at the next poll.
	 */
	public void wakeUpAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wakeUp();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wakeUp();
			}
		});
	}

	private void wakeUp() {
		this.lock.lock();
		try {
			this.woken = true;
			this.work.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void run() {
		while (this.running) {
			try {
				if (this.sender.sendDueBatch() < this.sender.batchSize()) {
					awaitWork();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// The database is unreachable, say: the rows are unchanged and will be
				// claimed again.
				logger.warn("Sending a batch of emails failed, trying again in {}: {}", this.settings.pollInterval(),
						ex.getMessage());
				// The whole poll interval, wake-ups or not, unless stopped.
				FullPause.await(this.lock, this.work, this.settings.pollInterval(), () -> this.running);
			}
		}
	}

	private void awaitWork() throws InterruptedException {
		this.lock.lock();
		try {
			if (!this.woken && this.running) {
				this.work.await(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
			}
			this.woken = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
		for (int i = 1; i <= this.settings.threads(); i++) {
			Thread thread = new Thread(this::run, "mail-sender-" + i);
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
	}

	/** Lets the batches in flight finish, so their outcome is recorded. */
	@Override
	public synchronized void stop() {
		this.running = false;
		wakeUp();
		for (Thread thread : this.threads) {
			try {
				thread.join(STOP_TIMEOUT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			thread.interrupt();
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
