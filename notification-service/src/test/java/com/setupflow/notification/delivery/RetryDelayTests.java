package com.setupflow.notification.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryDelayTests {

	private final MailSettings.Retry retry = new MailSettings.Retry(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5),
			12);

	@Test
	void doublesTheWaitAfterEachFailedTry() {
		assertThat(this.retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.retry.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.retry.delayAfter(8)).isEqualTo(Duration.ofSeconds(128));
	}

	@Test
	void neverWaitsLongerThanTheMaximum() {
		assertThat(this.retry.delayAfter(9)).isEqualTo(Duration.ofSeconds(256));
		assertThat(this.retry.delayAfter(10)).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.retry.delayAfter(5_000)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void theLastTryIsTheMaximumAttempt() {
		assertThat(this.retry.isLast(11)).isFalse();
		assertThat(this.retry.isLast(12)).isTrue();
	}

}
