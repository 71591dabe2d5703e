package com.setupflow.platform;

import io.micrometer.core.instrument.MeterRegistry;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.setupflow.platform.inbox.ProcessedEvents;
import com.setupflow.platform.kafka.EventBatches;
import com.setupflow.platform.kafka.KafkaPlatformConfiguration;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.outbox.OutboxProperties;
import com.setupflow.platform.outbox.OutboxRelay;
import com.setupflow.platform.web.ProblemDetailsAdvice;
import com.setupflow.platform.web.RequestBodyLimitFilter;
import com.setupflow.platform.web.RequestIdFilter;
import com.setupflow.platform.web.StrictJsonInput;
import com.setupflow.platform.web.WebProperties;

/**
 * Wires the platform into every service that has it on its class path.
 */
@AutoConfiguration(after = { DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
		KafkaAutoConfiguration.class })
@EnableConfigurationProperties({ OutboxProperties.class, WebProperties.class })
@Import({ KafkaPlatformConfiguration.class, ProblemDetailsAdvice.class })
public class PlatformAutoConfiguration {

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka,
			PlatformTransactionManager transactionManager, OutboxProperties properties, MeterRegistry meters) {
		return new OutboxRelay(jdbc, kafka, new TransactionTemplate(transactionManager), properties, meters);
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, JdbcTemplate batches, OutboxRelay relay, MeterRegistry meters) {
		return new Outbox(jdbc, batches, relay, meters);
	}

	@Bean
	EventBatches eventBatches(PlatformTransactionManager transactionManager) {
		return new EventBatches(new TransactionTemplate(transactionManager));
	}

	@Bean
	ProcessedEvents processedEvents(JdbcClient jdbc) {
		return new ProcessedEvents(jdbc);
	}

	@Bean
	StrictJsonInput strictJsonInput() {
		return new StrictJsonInput();
	}

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebProperties properties) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(properties.maxBodySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
