package com.setupflow.notification;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Sends every email setupflow owes someone, once per cause, and keeps the delivery log
 * that proves it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationApplication.class, args);
	}

	/** Time comes from here, so tests can move it past retry delays. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
