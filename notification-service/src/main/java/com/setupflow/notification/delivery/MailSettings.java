package com.setupflow.notification.delivery;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How emails are sent. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the From address, such as {@code setupflow <no-reply@setupflow.example>};
 * its domain also names the Message-IDs
 * @param retry when an email the SMTP server refused is tried again
 * @param sender how the sending worker runs
 */
@Validated
@ConfigurationProperties("setupflow.mail")
public record MailSettings(@NotBlank String from, @Valid @NotNull Retry retry, @Valid @NotNull Sender sender) {

	/**
	 * Exponential backoff between tries.
	 *
	 * @param initialDelay wait after the first failed try
	 * @param multiplier growth of the wait after each further failed try
	 * @param maxDelay longest wait between two tries
	 * @param maxAttempts tries before the email is given up as a dead letter
	 */
	public record Retry(@NotNull Duration initialDelay, @DecimalMin("1.0") double multiplier,
			@NotNull Duration maxDelay, @Min(1) int maxAttempts) {

		/**
		 * The wait after {@code failedAttempts} tries have failed (1 after the first).
		 */
		public Duration delayAfter(int failedAttempts) {
			double millis = this.initialDelay.toMillis() * Math.pow(this.multiplier, failedAttempts - 1);
			return (millis >= this.maxDelay.toMillis()) ? this.maxDelay : Duration.ofMillis((long) millis);
		}

		public boolean isLast(int attempt) {
			return attempt >= this.maxAttempts;
		}

	}

	/**
	 * The sending worker.
	 *
	 * @param pollInterval how often it looks for due emails when nobody woke it
	 * @param batchSize emails claimed, sent over one SMTP connection and committed
	 * together
	 * @param threads how many batches are sent at the same time
	 */
	public record Sender(@NotNull Duration pollInterval, @Min(1) @Max(1000) int batchSize,
			@Min(1) @Max(16) int threads) {

	}

}
