package org.clearinghouse.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A run on a database of its own, named by the usual datasource settings: Flyway builds
 * the schema there, and there is no default password, only the accounts configured.
 */
class ExternalDatabaseTest {

	@Test
	void on_a_configured_database_only_configured_accounts_sign_in() throws Exception {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("s3cret-for-the-test");
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext service = new SpringApplicationBuilder(ClearinghouseApplication.class)
					.run("--server.port=0", "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
							// ephemeral: the embedded Kafka beside it is a throw-away
							// one, as in every test
							"--spring.datasource.username=postgres", "--clearinghouse.embedded.postgres.ephemeral=true",
							"--clearinghouse.security.accounts[0].username=registry",
							"--clearinghouse.security.accounts[0].password-hash=" + hash,
							"--clearinghouse.security.accounts[0].role=SECRETARIAT")) {
			int port = ((WebServerApplicationContext) service).getWebServer().getPort();

			assertThat(Api.secretariat(port).post("/api/requests", Bodies.request()).status()).isEqualTo(401);
			assertThat(Api.as(port, "committee", "demo").get("/api/reports/quarterly/2014-Q3").status()).isEqualTo(401);
			Api.Response registered = Api.as(port, "registry", "s3cret-for-the-test")
				.post("/api/requests", Bodies.request());
			assertThat(registered.status()).isEqualTo(201);
			try (var connection = external.getPostgresDatabase().getConnection();
					var rs = connection.createStatement()
						.executeQuery(
								"select count(*) from domain_event_entry where payload_type like '%RequestRegistered'")) {
				rs.next();
				assertThat(rs.getLong(1)).isEqualTo(1);
			}
		}
	}

}
