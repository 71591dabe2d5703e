package com.setupflow.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenOverJdbcSurvivesAStopAndAStartOnTheSameDirectory() throws SQLException {
		int port;
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(this.dataDir, 0)) {
			port = postgres.port();
			postgres.createDatabaseIfAbsent("orders");
			postgres.createDatabaseIfAbsent("orders");
			try (Connection connection = connect(postgres, "orders"); Statement sql = connection.createStatement()) {
				sql.execute("CREATE TABLE orders (id bigint PRIMARY KEY, number text NOT NULL)");
				sql.execute("INSERT INTO orders VALUES (1, 'CCW-100234')");
			}
			assertThat(numbers(postgres)).containsExactly("CCW-100234");
			assertThat(setting(postgres, "max_connections")).isEqualTo("300");
			// Data that survives crashes: zonky's own default is no fsync.
			assertThat(setting(postgres, "fsync")).isEqualTo("on");
			assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");

			postgres.restart();
			assertThat(numbers(postgres)).containsExactly("CCW-100234");
		}
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(this.dataDir, port)) {
			assertThat(again.jdbcUrl("orders")).isEqualTo("jdbc:postgresql://localhost:" + port + "/orders");
			assertThat(numbers(again)).containsExactly("CCW-100234");
		}
	}

	@Test
	void aDroppedDatabaseIsGoneAndTheServersMainProcessIsKnown() throws SQLException {
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary()) {
			postgres.createDatabaseIfAbsent("notifications");
			postgres.dropDatabaseIfPresent("notifications");
			postgres.dropDatabaseIfPresent("notifications");

			try (Connection connection = connect(postgres, "postgres");
					Statement sql = connection.createStatement();
					ResultSet rows = sql
						.executeQuery("SELECT count(*) FROM pg_database WHERE datname = 'notifications'")) {
				rows.next();
				assertThat(rows.getInt(1)).isZero();
			}
			// The process whose children serve the connections: their parent.
			try (Connection connection = connect(postgres, "postgres");
					Statement sql = connection.createStatement();
					ResultSet rows = sql.executeQuery("SELECT pg_backend_pid()")) {
				rows.next();
				assertThat(ProcessHandle.of(rows.getLong(1)).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
					.contains(postgres.postmasterPid());
			}
		}
	}

	@Test
	void temporaryServerDeletesItsDirectoryOnClose() throws SQLException {
		Path dir;
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary()) {
			dir = postgres.dataDir();
			try (Connection connection = postgres.dataSource("postgres").getConnection();
					Statement sql = connection.createStatement();
					ResultSet version = sql.executeQuery("SHOW server_version")) {
				version.next();
				assertThat(version.getString(1)).startsWith("17.");
			}
		}
		assertThat(dir).doesNotExist();
	}

	private static Connection connect(EmbeddedPostgresServer postgres, String database) throws SQLException {
		return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
	}

	private static List<String> numbers(EmbeddedPostgresServer postgres) throws SQLException {
		List<String> numbers = new ArrayList<>();
		try (Connection connection = connect(postgres, "orders");
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("SELECT number FROM orders ORDER BY id")) {
			while (rows.next()) {
				numbers.add(rows.getString(1));
			}
		}
		return numbers;
	}

	private static String setting(EmbeddedPostgresServer postgres, String name) throws SQLException {
		try (Connection connection = connect(postgres, "postgres");
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery("SHOW " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
