package com.setupflow.notification.intake;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Renders the emails of a run on every core. Rendering is most of what recording an
 * invitation costs, and the events arrive on one consumer thread: in a burst of 100,000
 * the emails were recorded no faster than that thread rendered them, with the machine
 * partly idle (the sending threads kept up and waited).
 */
@Component
class ParallelRendering implements DisposableBean {

	private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), (owner) -> {
		ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(owner);
		thread.setName("mail-renderer-" + thread.getPoolIndex());
		return thread;
	}, null, false);

	/**
	 * @return what {@code render} makes of each index from 0 to {@code count - 1}, in
	 * that order; the first failure is thrown as it was
	 */
	<R> List<R> renderAll(int count, IntFunction<R> render) {
		if (count < 2) {
			return IntStream.range(0, count).mapToObj(render).toList();
		}
		return this.pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(render).toList()).join();
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}
