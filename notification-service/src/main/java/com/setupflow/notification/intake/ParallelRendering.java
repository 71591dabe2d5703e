package com.setupflow.notification.intake;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Function;

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
	 * @return what {@code render} makes of each source, in the sources' order; the first
	 * failure is thrown as it was
	 */
	<T, R> List<R> renderAll(List<T> sources, Function<T, R> render) {
		if (sources.size() < 2) {
			return sources.stream().map(render).toList();
		}
		return this.pool.submit(() -> sources.parallelStream().map(render).toList()).join();
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

}
