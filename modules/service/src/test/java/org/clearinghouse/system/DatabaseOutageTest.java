package org.clearinghouse.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL stops under a steady load of writes and starts again on the same port and
 * data: while it is away the API answers 503 with {@code Retry-After} and the health
 * endpoint DOWN; every write answered 2xx is in the event store afterwards; the service
 * recovers without a restart. The database is this test's own, not the one the other
 * tests share.
 */
class DatabaseOutageTest {

	private static final Duration OUTAGE = Duration.ofSeconds(8);

	@Test
	void while_postgres_is_down_writes_get_503_and_afterwards_nothing_acknowledged_is_missing() throws Exception {
		Path data = Files.createTempDirectory("clearinghouse-outage-pg");
		int pgPort = freePort();
		AtomicReference<EmbeddedPostgres> postgres = new AtomicReference<>(start(data, pgPort));
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ClearinghouseApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + postgres.get().getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres",
				// ephemeral: the embedded Kafka beside it is the tests' throw-away one
				"--clearinghouse.embedded.postgres.ephemeral=true", "--clearinghouse.security.demo=true")) {
			int port = ((WebServerApplicationContext) service).getWebServer().getPort();
			Api api = Api.secretariat(port);
			Api anonymous = Api.anonymous(port);
			assertThat(anonymous.get("/actuator/health").json().path("status").asText()).isEqualTo("UP");

			ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicReference<String> phase = new AtomicReference<>("before");
			Thread load = new Thread(() -> {
				int n = 0;
				while (running.get()) {
					Map<String, Object> body = Bodies.request();
					body.put("title", "Written during the outage test " + n);
					// every other write carries an idempotency key: its record is in
					// PostgreSQL too
					String key = n % 2 == 0 ? UUID.randomUUID().toString() : null;
					String at = phase.get();
					long started = System.nanoTime();
					Api.Response answer = key == null ? api.post("/api/requests", body)
							: api.post("/api/requests", body, key);
					writes.add(new Write(at, answer.status(), answer.header("Location"), answer.header("Retry-After"),
							answer.contentType(), (System.nanoTime() - started) / 1_000_000));
					n++;
					sleep(20);
				}
			}, "outage-load");
			load.start();
			try {
				// a steady load first, however slow the machine
				await().atMost(Duration.ofSeconds(60))
					.until(() -> writes.stream().filter(w -> w.status() == 201).count() >= 5);
				phase.set("down");
				long stopped = System.nanoTime();
				postgres.get().close();
				await().atMost(Duration.ofSeconds(30))
					.until(() -> writes.stream().filter(w -> w.status() == 503).count() >= 3);
				Api.Response health = anonymous.get("/actuator/health");
				assertThat(health.status()).isEqualTo(503);
				assertThat(health.json().path("status").asText()).isEqualTo("DOWN");
				sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000));

				postgres.set(start(data, pgPort));
				long restarted = System.nanoTime();
				phase.set("after");
				await().atMost(Duration.ofSeconds(60))
					.until(() -> writes.stream()
						.filter(w -> w.phase().equals("after") && w.status() == 201)
						.count() >= 5);
				long recoveredMillis = (System.nanoTime() - restarted) / 1_000_000;
				await().atMost(Duration.ofSeconds(30))
					.until(() -> anonymous.get("/actuator/health").json().path("status").asText().equals("UP"));
				running.set(false);
				load.join(30_000);

				await().atMost(Duration.ofSeconds(90)).until(() -> caughtUp(api));
				long convergedMillis = (System.nanoTime() - restarted) / 1_000_000;

				Set<String> stored = storedRequests(postgres.get());
				List<String> acknowledged = writes.stream()
					.filter(w -> w.status() / 100 == 2)
					.map(w -> w.location().substring(w.location().lastIndexOf('/') + 1))
					.toList();
				long lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
				Map<String, Map<Integer, Long>> byPhase = writes.stream()
					.collect(Collectors.groupingBy(Write::phase, TreeMap::new,
							Collectors.groupingBy(Write::status, TreeMap::new, Collectors.counting())));
				long slowest503 = writes.stream()
					.filter(w -> w.status() == 503)
					.mapToLong(Write::millis)
					.max()
					.orElse(0);
				System.out.printf("[resilience] PostgreSQL outage of %d s: writes by phase and status %s; "
						+ "acknowledged %d, found in the event store %d, lost %d; slowest 503 %d ms; "
						+ "first writes accepted %d ms after PostgreSQL was back; projections caught up after %d ms%n",
						OUTAGE.toSeconds(), byPhase, acknowledged.size(), acknowledged.size() - lost, lost, slowest503,
						recoveredMillis, convergedMillis);

				assertThat(writes).allSatisfy(w -> assertThat(w.status()).as(w.toString()).isIn(201, 503));
				assertThat(lost).isZero();
				assertThat(writes).filteredOn(w -> w.status() == 503).allSatisfy(w -> {
					assertThat(w.retryAfter()).isEqualTo("5");
					assertThat(w.contentType()).startsWith("application/problem+json");
				});
				assertThat(byPhase.get("before")).containsKey(201);
				assertThat(byPhase.get("down")).containsKey(503);
			}
			finally {
				running.set(false);
				load.join(30_000);
			}
		}
		finally {
			postgres.get().close();
			FileSystemUtils.deleteRecursively(data);
		}
	}

	private static boolean caughtUp(Api api) {
		Api.Response projections = api.get("/api/admin/projections");
		return projections.status() == 200 && StreamSupport.stream(projections.json().spliterator(), false)
			.allMatch(p -> p.path("caughtUp").asBoolean() && !p.path("failing").asBoolean());
	}

	private static Set<String> storedRequests(EmbeddedPostgres postgres) throws Exception {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var rs = connection.createStatement()
					.executeQuery("select aggregate_identifier from domain_event_entry "
							+ "where payload_type like '%RequestRegistered'")) {
			Set<String> ids = new java.util.HashSet<>();
			while (rs.next()) {
				ids.add(rs.getString(1));
			}
			return ids;
		}
	}

	private static EmbeddedPostgres start(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Write(String phase, int status, String location, String retryAfter, String contentType,
			long millis) {
	}

}
