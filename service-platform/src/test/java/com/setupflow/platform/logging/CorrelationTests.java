package com.setupflow.platform.logging;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationTests {

	@AfterEach
	void forget() {
		MDC.clear();
	}

	@Test
	void anOrdersTraceIdIsItsIdAsAW3cTraceId() {
		UUID orderId = UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");

		assertThat(Correlation.traceIdOf(orderId.toString())).isEqualTo("6f1d2c3b4a5e4f608a7b9c0d1e2f3a4b");
		assertThat(Correlation.traceIdOf("CCW-100234")).matches("[0-9a-f]{32}");
	}

	@Test
	void aScopePutsBackWhatWasThereBefore() {
		Correlation.set("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");

		try (Correlation.Scope scope = Correlation.open("7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e")) {
			assertThat(MDC.get(Correlation.CORRELATION_ID)).isEqualTo("7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e");
			assertThat(MDC.get(Correlation.TRACE_ID)).isEqualTo("7b8c9d0e1f2a4b3c8d4e5f6a7b8c9d0e");
		}

		assertThat(MDC.get(Correlation.CORRELATION_ID)).isEqualTo("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");
		Correlation.clear();
		try (Correlation.Scope scope = Correlation.open("7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e")) {
			assertThat(MDC.get(Correlation.CORRELATION_ID)).isNotNull();
		}
		assertThat(MDC.get(Correlation.CORRELATION_ID)).isNull();
		assertThat(MDC.get(Correlation.TRACE_ID)).isNull();
	}

}
