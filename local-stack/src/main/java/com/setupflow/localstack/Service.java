package com.setupflow.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the services the local stack runs, with its database and default port. Each
 * service has a PostgreSQL server of its own, as it would in production, so that the
 * notification service's can give way to the others' (see {@link CpuPriority}).
 *
 * @param name the module name, also the jar name and the log file name
 * @param database the PostgreSQL database it owns
 * @param defaultPort its HTTP port unless an option says otherwise (see
 * {@link LocalStackOptions#port(Service)})
 */
record Service(String name, String database, int defaultPort) {

	static final Service ORDER = new Service("order-service", "orders", 8081);

	static final Service PROVISIONING = new Service("provisioning-service", "provisioning", 8082);

	static final Service NOTIFICATION = new Service("notification-service", "notifications", 8083);

	static final List<Service> ALL = List.of(ORDER, PROVISIONING, NOTIFICATION);

	/** Its PostgreSQL cluster's folder, in the local stack's data folder. */
	String postgresDir() {
		return "postgres-" + this.database;
	}

	/**
	 * Where {@code ./mvnw package} leaves the executable jar, relative to the repository
	 * root.
	 */
	Path jar(Path servicesDir) {
		return servicesDir.resolve(this.name).resolve("target").resolve(this.name + ".jar");
	}

}
