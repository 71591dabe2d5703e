package com.setupflow.notification.delivery;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Waits a whole delay on a condition, however often it is signalled meanwhile: after a
 * failure the database needs rest, and wake-ups for new work must not cut it short.
 */
final class FullPause {

	private FullPause() {
	}

	/**
	 * Waits {@code delay}, or less once {@code stillWanted} turns false (checked at each
	 * wake-up).
	 */
	static void await(ReentrantLock lock, Condition condition, Duration delay, BooleanSupplier stillWanted) {
		long deadline = System.nanoTime() + delay.toNanos();
		lock.lock();
		try {
			long remaining;
			while (stillWanted.getAsBoolean() && (remaining = deadline - System.nanoTime()) > 0) {
				condition.awaitNanos(remaining);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			lock.unlock();
		}
	}

}
