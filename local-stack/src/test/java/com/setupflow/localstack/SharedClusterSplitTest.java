package com.setupflow.localstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.setupflow.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A data folder from the time of one shared cluster, on real PostgreSQL servers.
 */
class SharedClusterSplitTest {

	@TempDir
	Path dataDir;

	@Test
	void eachServiceKeepsItsDataOnAServerOfItsOwn() throws Exception {
		try (EmbeddedPostgresServer shared = EmbeddedPostgresServer.start(sharedCluster(), 0)) {
			for (Service service : Service.ALL) {
				shared.createDatabaseIfAbsent(service.database());
				execute(shared, service.database(), "CREATE TABLE kept (owner text)",
						"INSERT INTO kept VALUES ('" + service.name() + "')");
			}
		}

		assertThat(SharedClusterSplit.split(this.dataDir)).containsExactlyElementsOf(Service.ALL);

		assertThat(sharedCluster()).doesNotExist();
		for (Service service : Service.ALL) {
			try (EmbeddedPostgresServer own = EmbeddedPostgresServer.start(this.dataDir.resolve(service.postgresDir()),
					0)) {
				SharedClusterSplit.dropOtherServicesDatabases(service, own);

				assertThat(query(own, service.database(), "SELECT owner FROM kept")).containsExactly(service.name());
				assertThat(query(own, "postgres", "SELECT datname FROM pg_database WHERE NOT datistemplate"))
					.containsExactlyInAnyOrder("postgres", service.database());
			}
		}
		assertThat(SharedClusterSplit.split(this.dataDir)).as("nothing left to split").isEmpty();
	}

	@Test
	void aServerStillRunningOnTheSharedClusterIsLeftAlone() throws Exception {
		try (EmbeddedPostgresServer shared = EmbeddedPostgresServer.start(sharedCluster(), 0)) {
			assertThatExceptionOfType(LocalStack.StartupException.class)
				.isThrownBy(() -> SharedClusterSplit.split(this.dataDir))
				.withMessageContaining("PostgreSQL still runs on " + sharedCluster());

			assertThat(sharedCluster().resolve("PG_VERSION")).isRegularFile();
			for (Service service : Service.ALL) {
				assertThat(this.dataDir.resolve(service.postgresDir())).doesNotExist();
			}
		}
	}

	@Test
	void aFreshDataFolderHasNothingToSplit() throws Exception {
		assertThat(SharedClusterSplit.split(this.dataDir)).isEmpty();
		assertThat(this.dataDir).isEmptyDirectory();
	}

	private Path sharedCluster() {
		return this.dataDir.resolve(SharedClusterSplit.SHARED_DIR);
	}

	private static void execute(EmbeddedPostgresServer server, String database, String... statements)
			throws SQLException {
		try (Connection connection = server.dataSource(database).getConnection();
				Statement sql = connection.createStatement()) {
			for (String statement : statements) {
				sql.execute(statement);
			}
		}
	}

	private static List<String> query(EmbeddedPostgresServer server, String database, String select)
			throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = server.dataSource(database).getConnection();
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery(select)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
