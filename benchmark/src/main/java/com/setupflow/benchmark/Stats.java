package com.setupflow.benchmark;

import java.util.Arrays;

/**
 * Percentiles of a set of durations, in the unit they were measured in (milliseconds
 * unless said otherwise).
 *
 * @param count how many
 * @param first the smallest
 * @param p50 the median
 * @param p99 the 99th percentile
 * @param last the largest
 */
record Stats(int count, long first, long p50, long p99, long last) {

	static Stats of(long[] millis) {
		if (millis.length == 0) {
			return new Stats(0, 0, 0, 0, 0);
		}
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		return new Stats(sorted.length, sorted[0], percentile(sorted, 50), percentile(sorted, 99),
				sorted[sorted.length - 1]);
	}

	/** The first {@code n} of {@code values}. */
	static Stats of(long[] values, int n) {
		return of(Arrays.copyOf(values, n));
	}

	/** Microseconds as milliseconds with one decimal. */
	static String millis(long micros) {
		return "%,.1f".formatted(micros / 1000.0);
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	String row(String what) {
		return "| %s | %,d | %,d | %,d | %,d | %,d |".formatted(what, this.count, this.first, this.p50, this.p99,
				this.last);
	}

}
