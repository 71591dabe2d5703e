package com.setupflow.faults;

import java.nio.file.Path;

/**
 * A service the suite runs as its own process, with the database it owns.
 */
enum Service {

	ORDER("order-service", "orders"),

	PROVISIONING("provisioning-service", "provisioning"),

	NOTIFICATION("notification-service", "notifications");

	private final String module;

	private final String database;

	Service(String module, String database) {
		this.module = module;
		this.database = database;
	}

	String module() {
		return this.module;
	}

	String database() {
		return this.database;
	}

	/** Where {@code ./mvnw package} leaves the executable jar. */
	Path jar(Path repository) {
		return repository.resolve(this.module).resolve("target").resolve(this.module + ".jar");
	}

}
