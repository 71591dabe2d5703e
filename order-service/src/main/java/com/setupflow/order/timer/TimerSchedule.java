package com.setupflow.order.timer;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Quartz trigger for all timers: the sweep, every
 * {@code setupflow.timers.sweep-interval}. A late sweep simply finds more due rows;
 * missed firings are not replayed one by one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimerSettings.class)
class TimerSchedule {

	@Bean
	JobDetail timerSweepJob() {
		return JobBuilder.newJob(TimerSweepJob.class).withIdentity("timer-sweep").storeDurably().build();
	}

	@Bean
	Trigger timerSweepTrigger(JobDetail timerSweepJob, TimerSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(timerSweepJob)
			.withIdentity("timer-sweep")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(settings.sweepInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
