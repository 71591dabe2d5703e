package com.setupflow.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.setupflow.embedded.Directories;
import com.setupflow.embedded.EmbeddedPostgresServer;

/**
 * Carries a data folder over from the time when one PostgreSQL cluster, in
 * {@code postgres/}, held all three services' databases, to one cluster per service. The
 * old cluster is copied once per service (a copy of a stopped cluster is a whole one, so
 * no order, link or email record is lost) and then removed; each copy's server later
 * drops the databases of the others, which it does not serve.
 */
final class SharedClusterSplit {

	static final String SHARED_DIR = "postgres";

	private static final String PARTIAL = ".partial";

	private SharedClusterSplit() {
	}

	/**
	 * Splits the shared cluster, if the data folder still has one.
	 * @return the services whose cluster was copied from it, which still hold the other
	 * services' databases
	 */
	static Set<Service> split(Path dataDir) throws IOException {
		Path shared = dataDir.resolve(SHARED_DIR);
		if (!Files.isRegularFile(shared.resolve("PG_VERSION"))) {
			return Set.of();
		}
		refuseWhileRunning(shared);
		Set<Service> copied = new LinkedHashSet<>();
		for (Service service : Service.ALL) {
			Path target = dataDir.resolve(service.postgresDir());
			if (!Files.exists(target)) {
				// Copied under another name first: a copy cut short is never taken for a
				// cluster.
				Path partial = dataDir.resolve(service.postgresDir() + PARTIAL);
				Directories.delete(partial);
				copyCluster(shared, partial);
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
				copied.add(service);
			}
		}
		Directories.delete(shared);
		return copied;
	}

	/** Drops the databases a copied cluster holds for the other services. */
	static void dropOtherServicesDatabases(Service service, EmbeddedPostgresServer server) {
		for (Service other : Service.ALL) {
			if (!other.equals(service)) {
				server.dropDatabaseIfPresent(other.database());
			}
		}
	}

	private static void refuseWhileRunning(Path cluster) throws IOException {
		Path pidFile = cluster.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		// The file outlives a crash; only a live postgres process with the number on its
		// first line means a server still runs on the cluster.
		boolean running = !lines.isEmpty() && lines.get(0).trim().matches("[0-9]+")
				&& ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
					.flatMap((process) -> process.info().command())
					.map((command) -> command.endsWith("/postgres"))
					.orElse(false);
		if (running) {
			throw new LocalStack.StartupException("PostgreSQL still runs on " + cluster
					+ " (an older local stack?). Stop it first: this version gives each service a server of its own and"
					+ " moves the data out of that folder.");
		}
	}

	private static void copyCluster(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				// A stale lock file would only delay the copy's first start.
				if (!path.getFileName().toString().equals("postmaster.pid")) {
					// Keeps the permissions: PostgreSQL refuses a data folder others may
					// read.
					Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

}
