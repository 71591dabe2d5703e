package com.setupflow.embedded;

import java.util.List;

/**
 * Turns the Kafka broker's own loggers down to WARN when Logback is the logging backend
 * (Spring Boot and the local stack), so that a test log shows the application, not the
 * broker's internals. Without Logback it does nothing. Spring Boot re-initialising
 * logging later resets these levels; by then the broker's chatty startup is over.
 */
final class QuietLogging {

	/**
	 * Server-side loggers only: the Kafka clients of the application keep their levels.
	 */
	static final List<String> SERVER_LOGGERS = List.of("kafka", "state.change.logger", "org.apache.kafka.server",
			"org.apache.kafka.controller", "org.apache.kafka.raft", "org.apache.kafka.storage",
			"org.apache.kafka.coordinator", "org.apache.kafka.metadata", "org.apache.kafka.image",
			"org.apache.kafka.queue", "org.apache.kafka.snapshot", "org.apache.kafka.security",
			"org.apache.kafka.network", "org.apache.kafka.common.network", "org.apache.kafka.common.security",
			"org.apache.kafka.common.metrics", "org.apache.kafka.common.utils.AppInfoParser");

	private static final boolean LOGBACK_PRESENT = isPresent("ch.qos.logback.classic.LoggerContext");

	private QuietLogging() {
	}

	static void apply() {
		if (LOGBACK_PRESENT) {
			LogbackLevels.setWarn(SERVER_LOGGERS);
		}
	}

	private static boolean isPresent(String className) {
		try {
			Class.forName(className, false, QuietLogging.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * Separate class: it is only loaded, and Logback only touched, when Logback is there.
	 */
	private static final class LogbackLevels {

		static void setWarn(List<String> names) {
			if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
				for (String name : names) {
					ch.qos.logback.classic.Logger logger = context.getLogger(name);
					// Respect a level someone configured on purpose (e.g. DEBUG while
					// investigating).
					if (logger.getLevel() == null) {
						logger.setLevel(ch.qos.logback.classic.Level.WARN);
					}
				}
			}
		}

	}

}
