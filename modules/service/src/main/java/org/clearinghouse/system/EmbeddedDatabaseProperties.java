package org.clearinghouse.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs
 * @param ephemeral start a throw-away cluster (tests): one per JVM, a fresh database per
 * context
 * @param database the database to use; in an ephemeral cluster, a name shared by contexts
 * that must see the same data (a restart test), otherwise a fresh one is made
 * @param port the port to listen on; 0 picks a free one
 */
@ConfigurationProperties("clearinghouse.embedded.postgres")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory,
		@DefaultValue("false") boolean ephemeral, String database, @DefaultValue("0") int port) {

}
