package com.setupflow.notification.intake;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ParallelRenderingTests {

	private final ParallelRendering rendering = new ParallelRendering();

	@AfterEach
	void shutDown() {
		this.rendering.destroy();
	}

	@Test
	void keepsTheOrderOfTheRun() {
		List<String> rendered = this.rendering.renderAll(5_000, (i) -> "email " + i);

		assertThat(rendered).hasSize(5_000).startsWith("email 0", "email 1").endsWith("email 4999");
		assertThat(rendered).isEqualTo(IntStream.range(0, 5_000).mapToObj((i) -> "email " + i).toList());
	}

	@Test
	void failsTheRunAsTheFailingEmailDid() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.rendering.renderAll(100, (i) -> {
			if (i == 42) {
				throw new IllegalArgumentException("email 42 has no recipient");
			}
			return i;
		})).withMessageContaining("email 42 has no recipient");
	}

}
