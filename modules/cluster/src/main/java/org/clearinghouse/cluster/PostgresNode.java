package org.clearinghouse.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The cluster's PostgreSQL, as a process of its own: zonky's PostgreSQL binaries from
 * Maven, a fixed port, data kept in a directory between runs. Runs until it is told to
 * stop (SIGTERM), then shuts PostgreSQL down.
 */
public final class PostgresNode {

	private PostgresNode() {
	}

	/** Arguments: data directory, port. */
	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]).toAbsolutePath();
		int port = Integer.parseInt(args[1]);
		Files.createDirectories(data);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("max_connections", "200")
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
		}, "postgres-stop"));
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			if (!statement.executeQuery("select 1 from pg_database where datname = 'clearinghouse'").next()) {
				statement.execute("create database clearinghouse");
			}
		}
		System.out.println("PostgreSQL ready: " + postgres.getJdbcUrl("postgres", "clearinghouse"));
		Thread.currentThread().join();
	}

}
