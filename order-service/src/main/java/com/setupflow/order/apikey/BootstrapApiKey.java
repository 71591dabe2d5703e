package com.setupflow.order.apikey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Registers the key given in {@code setupflow.api.bootstrap-key} at start, so a fresh
 * installation (or the local stack) has one working key. Only its hash is stored.
 */
@Component
class BootstrapApiKey implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(BootstrapApiKey.class);

	private final ApiClients clients;

	private final String key;

	BootstrapApiKey(ApiClients clients, @Value("${setupflow.api.bootstrap-key:}") String key) {
		this.clients = clients;
		this.key = key;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.key.isBlank()) {
			this.clients.register("bootstrap", this.key);
			logger.info("Bootstrap API key registered (hash only)");
		}
	}

}
