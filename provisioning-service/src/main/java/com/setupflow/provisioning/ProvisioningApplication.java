package com.setupflow.provisioning;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import com.setupflow.catalogue.ProductCatalogue;

/**
 * Carries each order from placed to provisioned.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProvisioningApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProvisioningApplication.class, args);
	}

	/** Injected wherever time matters, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ProductCatalogue productCatalogue() {
		return ProductCatalogue.loadDefault();
	}

}
