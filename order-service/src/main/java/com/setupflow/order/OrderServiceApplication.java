package com.setupflow.order;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import com.setupflow.catalogue.ProductCatalogue;

/**
 * The order service: takes orders from the commerce system and keeps their timeline.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OrderServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(OrderServiceApplication.class, args);
	}

	/** Time comes from here, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ProductCatalogue productCatalogue() {
		return ProductCatalogue.loadDefault();
	}

}
