package com.setupflow.order.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.setupflow.testsupport.MutableClock;

/**
 * Replaces the system clock with one the test sets and moves.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(OrderServiceTest.NOW);
	}

}
