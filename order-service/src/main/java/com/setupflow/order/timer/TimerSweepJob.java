package com.setupflow.order.timer;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job that sweeps due timers. Quartz's clustered JDBC store keeps it running
 * on one live instance at a time and moves it to another when that one dies.
 */
@DisallowConcurrentExecution
class TimerSweepJob implements Job {

	private final TimerSweep sweep;

	TimerSweepJob(TimerSweep sweep) {
		this.sweep = sweep;
	}

	@Override
	public void execute(JobExecutionContext context) {
		this.sweep.sweepDue();
	}

}
