package org.clearinghouse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the service on one database, 100 amendments of one request sent to
 * both at once: the event store lets one write win each race, the loser is sent again on
 * the new state, and no amendment that was answered 2xx is lost.
 */
class ConcurrentAmendmentsTest {

	private static final int AMENDMENTS = 100;

	private static final int CLIENTS = 16;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void concurrent_amendments_on_two_instances_lose_no_update() throws Exception {
		String database = "amendments_" + UUID.randomUUID().toString().replace("-", "");
		try (ConfigurableApplicationContext first = start(database);
				ConfigurableApplicationContext second = start(database)) {
			List<Api> instances = List.of(Api.secretariat(port(first)), Api.secretariat(port(second)));
			String location = instances.get(0).post("/api/requests", Bodies.request()).header("Location");
			String requestId = location.substring(location.lastIndexOf('/') + 1);
			// both instances know it before the race starts
			assertThat(instances.get(1).get(location).status()).isEqualTo(200);

			ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
			long started = System.nanoTime();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			try {
				List<Future<?>> sent = new ArrayList<>();
				for (int i = 0; i < AMENDMENTS; i++) {
					int n = i;
					sent.add(clients.submit(() -> {
						String title = "Concurrent amendment %03d".formatted(n);
						Map<String, Object> body = Bodies.request();
						body.put("title", title);
						// every other one carries an idempotency key, shared by both
						// instances
						Map<String, String> headers = n % 4 < 2 ? Map.of("Idempotency-Key", key(requestId, n))
								: Map.of();
						answers.add(new Answer(title, n % 2,
								instances.get(n % 2).send("PUT", location, body, headers).status()));
					}));
				}
				for (Future<?> future : sent) {
					future.get();
				}
			}
			finally {
				clients.shutdown();
			}
			long millis = (System.nanoTime() - started) / 1_000_000;

			JdbcClient db = JdbcClient.create(first.getBean(DataSource.class));
			List<String> storedTitles = db
				.sql("select payload from domain_event_entry where aggregate_identifier = ? "
						+ "and payload_type like '%RequestAmended' order by sequence_number")
				.param(requestId)
				.query((rs, n) -> title(rs.getBytes(1)))
				.list();
			List<String> acknowledged = answers.stream()
				.filter(a -> a.status() / 100 == 2)
				.map(Answer::title)
				.sorted()
				.toList();
			Map<Integer, Long> byStatus = answers.stream()
				.collect(Collectors.groupingBy(Answer::status, java.util.TreeMap::new, Collectors.counting()));
			double retries = retries(first) + retries(second);
			System.out.printf(
					"[resilience] concurrent amendments: %d sent over 2 instances by %d clients in %d ms; "
							+ "answers by status %s; %d amendments stored, %d acknowledged, lost %d; %.0f retries%n",
					AMENDMENTS, CLIENTS, millis, byStatus, storedTitles.size(), acknowledged.size(),
					acknowledged.stream().filter(t -> !storedTitles.contains(t)).count(), retries);

			assertThat(answers).hasSize(AMENDMENTS);
			assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
			// every acknowledged amendment is in the history once, and nothing else is
			assertThat(storedTitles).containsExactlyInAnyOrderElementsOf(acknowledged);
			// a lost race is sent again: only a command that loses every retry is a 409
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(AMENDMENTS - 5);
			assertThat(answers.stream().filter(a -> a.status() == 200).map(Answer::instance).distinct())
				.as("both instances took writes")
				.hasSize(2);
			assertThat(retries).as("the instances did race").isPositive();

			// a keyed amendment sent again, to the other instance, is the first answer
			// again and changes nothing
			int replayed = 0;
			for (int n = 0; n < AMENDMENTS; n += 4) {
				Map<String, Object> body = Bodies.request();
				body.put("title", "Concurrent amendment %03d".formatted(n));
				Api.Response again = instances.get((n + 1) % 2)
					.send("PUT", location, body, Map.of("Idempotency-Key", key(requestId, n)));
				int number = n;
				int firstStatus = answers.stream()
					.filter(a -> a.title().equals("Concurrent amendment %03d".formatted(number)))
					.findFirst()
					.orElseThrow()
					.status();
				assertThat(again.status()).isEqualTo(firstStatus);
				assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
				replayed++;
			}
			assertThat(db
				.sql("select count(*) from domain_event_entry where aggregate_identifier = ? "
						+ "and payload_type like '%RequestAmended'")
				.param(requestId)
				.query(Long.class)
				.single()).isEqualTo(storedTitles.size());
			System.out.printf("[resilience] concurrent amendments: %d keyed amendments sent again to the other "
					+ "instance were replayed unchanged, no new event%n", replayed);

			String last = storedTitles.get(storedTitles.size() - 1);
			for (Api instance : instances) {
				JsonNode now = instance.get(location).json();
				assertThat(now.path("title").asText()).isEqualTo(last);
				assertThat(now.path("history").findValuesAsText("event").stream().filter("RequestAmended"::equals))
					.hasSize(acknowledged.size());
			}
		}
	}

	private static String key(String requestId, int n) {
		return "amend-" + requestId + "-" + n;
	}

	private static String title(byte[] payload) {
		try {
			return JSON.readTree(payload).findValue("title").asText();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double retries(ConfigurableApplicationContext context) {
		return context.getBean(MeterRegistry.class).counter("clearinghouse.command.retries").count();
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(ClearinghouseApplication.class).run("--server.port=0",
				"--clearinghouse.embedded.postgres.ephemeral=true",
				"--clearinghouse.embedded.postgres.database=" + database);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private record Answer(String title, int instance, int status) {
	}

}
