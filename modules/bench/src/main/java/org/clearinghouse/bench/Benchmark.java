package org.clearinghouse.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.system.KafkaNode;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * Loads the service and prints its figures beside the physical limit of the same machine,
 * measured in the same run, then appends them to {@code docs/benchmarks.md}. Arguments:
 * the service's executable jar, then optionally {@code events=N} (replay size, default
 * 1,000,000) and {@code scale=F} (a factor for the request counts, default 1).
 */
public final class Benchmark {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private static final List<String> AFRICA = List.of("KEN", "UGA", "TZA", "RWA", "NGA", "GHA", "SEN", "MLI", "ETH",
			"ZAF", "EGY", "MAR", "CMR", "CIV", "BFA", "NER", "TGO", "BEN", "ZMB", "MOZ");

	private final Path jar;

	private final int replayEvents;

	private final double scale;

	private final List<String[]> rows = new ArrayList<>();

	private final Random random = new Random(1540);

	/** Offers registered so far for the matching rows. */
	private int matchingOffers;

	private Benchmark(Path jar, int replayEvents, double scale) {
		this.jar = jar;
		this.replayEvents = replayEvents;
		this.scale = scale;
	}

	public static void main(String[] args) throws Exception {
		int events = 1_000_000;
		double scale = 1;
		// Maven passes -Dbench.args="events=N scale=F" as one argument
		for (String arg : String.join(" ", List.of(args).subList(1, args.length)).trim().split("\\s+")) {
			if (arg.startsWith("events=")) {
				events = Integer.parseInt(arg.substring(7));
			}
			else if (arg.startsWith("scale=")) {
				scale = Double.parseDouble(arg.substring(6));
			}
		}
		new Benchmark(Path.of(args[0]), events, scale).run();
	}

	private void run() throws Exception {
		Path work = Files.createTempDirectory("clearinghouse-bench");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "300")
			.setServerConfig("synchronous_commit", "on")
			.start(); KafkaNode kafka = new KafkaNode(work.resolve("kafka"), 0)) {
			kafka.start();
			replayAndMemory(postgres, kafka, work);
			serving(postgres, kafka, work);
		}
		report();
	}

	// ---------------------------------------------------------------- replay, memory

	private void replayAndMemory(EmbeddedPostgres postgres, KafkaNode kafka, Path work) throws Exception {
		String url = database(postgres, "replay");
		// the schema is the service's: start it once on the empty database, then stop it
		try (ServiceProcess service = ServiceProcess.start(jar, url, kafka.bootstrapServers(),
				work.resolve("s0.log"))) {
			// nothing
		}
		try (Connection db = postgres.getDatabase("postgres", "replay").getConnection()) {
			db.createStatement().execute("delete from token_entry");
			long started = System.nanoTime();
			appendOfferEvents(db, replayEvents, this::offer);
			double seconds = (System.nanoTime() - started) / 1e9;
			row("Replay", "load " + replayEvents + " events (JDBC batches)", rate(replayEvents, seconds) + " events/s",
					"");
			started = System.nanoTime();
			long bytes = sequentialRead(db);
			double readSeconds = (System.nanoTime() - started) / 1e9;
			row("Replay", "limit: sequential read of the event table", rate(replayEvents, readSeconds) + " events/s",
					String.format("%.0f MB", bytes / 1e6));
			try (ServiceProcess service = ServiceProcess.start(jar, url, kafka.bootstrapServers(),
					work.resolve("s1.log"))) {
				long caughtUp = System.nanoTime();
				awaitProjections(new Http(service.port), Duration.ofMinutes(30));
				double replaySeconds = (System.nanoTime() - caughtUp) / 1e9;
				row("Replay", "rebuild all projections from " + replayEvents + " events",
						rate(replayEvents, replaySeconds) + " events/s",
						String.format("%.1f s; %.0f%% of the sequential read", replaySeconds,
								100 * readSeconds / replaySeconds));
				row("Memory", "heap in use after " + replayEvents + " events (after GC)",
						String.format("%.0f MB", heapAfterGc(service) / 1e6), "target < 512 MB");
			}
		}
	}

	/**
	 * Synthetic offers, as OfferRegistered events written the way the event store writes
	 * them.
	 */
	private void appendOfferEvents(Connection db, int count, IntFunction<OfferDetails> offers) throws Exception {
		db.setAutoCommit(false);
		try (PreparedStatement insert = db.prepareStatement("""
				insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
				  time_stamp, payload_type, payload_revision, payload, meta_data)
				values (?, ?, 0, 'Offer', ?, 'org.clearinghouse.offer.OfferRegistered', '1', ?, ?)""")) {
			byte[] meta = "{\"actor\":\"bench\"}".getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < count; i++) {
				OfferId id = new OfferId(UUID.randomUUID());
				insert.setString(1, UUID.randomUUID().toString());
				insert.setString(2, id.toString());
				insert.setString(3, Instant.now().toString());
				insert.setBytes(4, JSON.writeValueAsBytes(new OfferRegistered(id, offers.apply(i))));
				insert.setBytes(5, meta);
				insert.addBatch();
				if (i % 1000 == 999) {
					insert.executeBatch();
					db.commit();
				}
			}
			insert.executeBatch();
			db.commit();
		}
		db.setAutoCommit(true);
	}

	private static long sequentialRead(Connection db) throws Exception {
		db.setAutoCommit(false);
		long bytes = 0;
		try (Statement read = db.createStatement()) {
			read.setFetchSize(5000);
			try (ResultSet rs = read.executeQuery(
					"select global_index, payload, meta_data from domain_event_entry " + "order by global_index")) {
				while (rs.next()) {
					bytes += rs.getBytes(2).length + rs.getBytes(3).length;
				}
			}
		}
		db.setAutoCommit(true);
		return bytes;
	}

	private static void awaitProjections(Http http, Duration atMost) throws Exception {
		long deadline = System.nanoTime() + atMost.toNanos();
		Thread.sleep(2000);
		while (System.nanoTime() < deadline) {
			JsonNode statuses = JSON.readTree(http.get("/api/admin/projections").body());
			boolean all = statuses.size() > 0;
			for (JsonNode status : statuses) {
				all &= status.path("lag").asLong(-1) == 0;
			}
			if (all) {
				return;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("projections did not catch up within " + atMost);
	}

	private static double heapAfterGc(ServiceProcess service) throws Exception {
		new ProcessBuilder("jcmd", Long.toString(service.pid()), "GC.run").redirectErrorStream(true).start().waitFor();
		Thread.sleep(500);
		JsonNode used = JSON
			.readTree(new Http(service.port).get("/actuator/metrics/jvm.memory.used?tag=area:heap").body());
		return used.path("measurements").get(0).path("value").asDouble();
	}

	// ---------------------------------------------------------------- ingestion, end to
	// end, matching

	private void serving(EmbeddedPostgres postgres, KafkaNode kafka, Path work) throws Exception {
		String url = database(postgres, "serving");
		try (ServiceProcess service = ServiceProcess.start(jar, url, kafka.bootstrapServers(),
				work.resolve("s2.log"))) {
			row("Start", "launch to ready (empty database)",
					String.format("%.1f s", service.startTime.toMillis() / 1e3), "target < 15 s");
			Http http = new Http(service.port);
			for (int clients : List.of(1, 8, 32)) {
				ingestion(http, postgres, clients, (int) Math.max(50, scale * (clients == 1 ? 300 : 2000)));
			}
			endToEnd(http, kafka, (int) Math.max(20, scale * 100));
			try (Connection db = postgres.getDatabase("postgres", "serving").getConnection()) {
				for (int offers : List.of(1_000, 10_000, 100_000)) {
					matching(http, db, offers, (int) Math.max(10, scale * 30));
				}
			}
		}
	}

	private void ingestion(Http http, EmbeddedPostgres postgres, int clients, int requests) throws Exception {
		Histogram latency = new Histogram(60_000_000_000L, 3);
		for (int i = 0; i < 50; i++) {
			http.post("/api/requests", requestJson("LEGISLATION", "TRAINING"));
		}
		AtomicInteger left = new AtomicInteger(requests);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			done.add(pool.submit(() -> {
				while (left.getAndDecrement() > 0) {
					String body = requestJson("LEGISLATION", "TRAINING");
					long sent = System.nanoTime();
					int status = http.post("/api/requests", body).statusCode();
					if (status != 201) {
						throw new IllegalStateException("POST /api/requests answered " + status);
					}
					synchronized (latency) {
						latency.recordValue(System.nanoTime() - sent);
					}
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		double commands = requests / seconds;
		double limit = jdbcLimit(postgres, clients, requests * 3);
		row("Ingestion", clients + " client" + (clients > 1 ? "s" : "") + ": POST /api/requests",
				String.format("%.0f commands/s (%.0f events/s)", commands, commands * 3),
				String.format("p50 %.1f ms, p99 %.1f ms; limit %.0f rows/s, ratio %.2f",
						latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(99) / 1e6, limit,
						commands * 3 / limit));
	}

	/**
	 * The same number of rows, of the same size, appended with plain JDBC batches by as
	 * many writers.
	 */
	private static double jdbcLimit(EmbeddedPostgres postgres, int writers, int rows) throws Exception {
		try (Connection db = postgres.getDatabase("postgres", "serving").getConnection()) {
			db.createStatement().execute("drop table if exists bench_limit");
			db.createStatement().execute("create table bench_limit (like domain_event_entry including all)");
		}
		byte[] payload;
		try (Connection db = postgres.getDatabase("postgres", "serving").getConnection();
				ResultSet rs = db.createStatement()
					.executeQuery("select payload from domain_event_entry order by global_index desc limit 1")) {
			rs.next();
			payload = rs.getBytes(1);
		}
		AtomicInteger left = new AtomicInteger(rows);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			done.add(pool.submit(() -> {
				try (Connection db = postgres.getDatabase("postgres", "serving").getConnection();
						PreparedStatement insert = db.prepareStatement(
								"""
										insert into bench_limit (event_identifier, aggregate_identifier, sequence_number, type,
										  time_stamp, payload_type, payload_revision, payload, meta_data)
										values (?, ?, ?, 'AssistanceRequest', ?, 'org.clearinghouse.request.RequestRegistered', '1', ?, ?)""")) {
					db.setAutoCommit(false);
					String aggregate = UUID.randomUUID().toString();
					long sequence = 0;
					// three rows per transaction, as one registration appends three
					// events
					while (left.getAndAdd(-3) > 0) {
						for (int e = 0; e < 3; e++) {
							insert.setString(1, UUID.randomUUID().toString());
							insert.setString(2, aggregate);
							insert.setLong(3, sequence++);
							insert.setString(4, Instant.now().toString());
							insert.setBytes(5, payload);
							insert.setBytes(6, "{}".getBytes(StandardCharsets.UTF_8));
							insert.addBatch();
						}
						insert.executeBatch();
						db.commit();
					}
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		return rows / ((System.nanoTime() - started) / 1e9);
	}

	/**
	 * From POST to the proposal record readable on Kafka, with requests of no match in
	 * the background.
	 */
	private void endToEnd(Http http, KafkaNode kafka, int samples) throws Exception {
		http.post("/api/offers", offerJson("OUTREACH", "WORKSHOP", 1_000_000));
		Thread.sleep(2000);
		ExecutorService background = Executors.newSingleThreadExecutor();
		Future<?> load = background.submit(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				http.post("/api/requests", requestJson("LEGISLATION", "TRAINING"));
				Thread.sleep(50);
			}
			return null;
		});
		Histogram latency = new Histogram(60_000_000_000L, 3);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"bench-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			consumer.subscribe(List.of("clearinghouse.match-proposals"));
			while (consumer.assignment().isEmpty()) {
				consumer.poll(Duration.ofMillis(100));
			}
			for (int i = 0; i < samples; i++) {
				long sent = System.nanoTime();
				String id = JSON.readTree(http.post("/api/requests", requestJson("OUTREACH", "WORKSHOP")).body())
					.path("id")
					.asText();
				boolean seen = false;
				while (!seen && System.nanoTime() - sent < 30_000_000_000L) {
					for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
						seen |= JSON.readTree(record.value()).path("requestId").asText().equals(id);
					}
				}
				latency.recordValue(System.nanoTime() - sent);
			}
		}
		load.cancel(true);
		background.shutdownNow();
		row("End to end", "POST /api/requests to the proposal on Kafka (20 requests/s beside)",
				String.format("p50 %.0f ms", latency.getValueAtPercentile(50) / 1e6),
				String.format("p99 %.0f ms; target p99 < 1 s", latency.getValueAtPercentile(99) / 1e6));
	}

	/**
	 * Time from a request's registration to its proposals, server side (event
	 * timestamps), with this many active offers in the matcher's candidates (loaded
	 * directly into its table).
	 */
	private void matching(Http http, Connection db, int offers, int samples) throws Exception {
		int more = offers - matchingOffers;
		appendOfferEvents(db, more, i -> matchingOffer(matchingOffers + i));
		matchingOffers = offers;
		awaitProjections(http, Duration.ofMinutes(30));
		Histogram latency = new Histogram(600_000_000_000L, 3);
		for (int i = 0; i < samples; i++) {
			String id = JSON.readTree(http.post("/api/requests", requestJson("EXPORT_CONTROL", "TRAINING")).body())
				.path("id")
				.asText();
			latency.recordValue(timeToProposal(db, id).toNanos());
			// withdrawn, so that the next offers are not weighed against it
			http.post("/api/requests/" + id + "/withdraw", "{\"reason\":\"benchmark probe\"}");
		}
		awaitProjections(http, Duration.ofMinutes(5));
		row("Matching", String.format("%,d active offers: registration to proposals", offers),
				String.format("p50 %.1f ms", latency.getValueAtPercentile(50) / 1e6),
				String.format("p99 %.1f ms; target p99 < 20 ms at 100,000", latency.getValueAtPercentile(99) / 1e6));
	}

	private static Duration timeToProposal(Connection db, String requestId) throws Exception {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline) {
			try (PreparedStatement query = db.prepareStatement("""
					select r.time_stamp, min(p.time_stamp) from domain_event_entry r
					join domain_event_entry p on p.payload_type = 'org.clearinghouse.matching.MatchProposed'
					  and convert_from(p.payload, 'UTF8')::jsonb->>'requestId' = r.aggregate_identifier
					where r.aggregate_identifier = ? and r.sequence_number = 0
					group by r.time_stamp""")) {
				query.setString(1, requestId);
				try (ResultSet rs = query.executeQuery()) {
					if (rs.next()) {
						return Duration.between(Instant.parse(rs.getString(1)), Instant.parse(rs.getString(2)));
					}
				}
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("no proposal for " + requestId);
	}

	// ---------------------------------------------------------------- data and report

	private OfferDetails offer(int i) {
		Area[] areas = Area.values();
		AssistanceType[] types = AssistanceType.values();
		Set<Area> offered = new HashSet<>(
				List.of(areas[random.nextInt(areas.length)], areas[random.nextInt(areas.length)]));
		return new OfferDetails(Provider.organization("BENCH" + (i % 500)), "Bench programme " + i,
				"A synthetic programme for the benchmark", offered, Set.of(WeaponCategory.CHEMICAL),
				new HashSet<>(List.of(types[random.nextInt(types.length)], AssistanceType.TRAINING)),
				Set.of(LanguageCode.of("en")), Set.of(), Set.of(), 1000, LocalDate.of(2014, 1, 1),
				LocalDate.of(2099, 12, 31), PublicationConsent.GIVEN);
	}

	/**
	 * An offer for the matching rows, registered as an event: areas and forms other than
	 * those of the ingestion and end-to-end requests, which stay open and would otherwise
	 * be weighed against each new offer.
	 */
	private OfferDetails matchingOffer(int i) {
		List<Area> areas = Arrays.stream(Area.values())
			.filter(area -> area != Area.LEGISLATION && area != Area.OUTREACH)
			.toList();
		AssistanceType[] types = { AssistanceType.EQUIPMENT, AssistanceType.EXPERT_ADVICE, AssistanceType.FINANCIAL,
				AssistanceType.LEGISLATIVE_DRAFTING };
		Set<Area> offered = new HashSet<>(
				List.of(areas.get(random.nextInt(areas.size())), areas.get(random.nextInt(areas.size()))));
		return new OfferDetails(Provider.organization("BENCH" + (i % 500)), "Bench matching programme " + i,
				"A synthetic programme for the benchmark", offered, Set.of(WeaponCategory.CHEMICAL),
				new HashSet<>(List.of(types[random.nextInt(types.length)], AssistanceType.TRAINING)),
				Set.of(LanguageCode.of("en")), Set.of(), Set.of(), 1000, LocalDate.of(2014, 1, 1),
				LocalDate.of(2099, 12, 31), PublicationConsent.GIVEN);
	}

	private String requestJson(String area, String type) throws Exception {
		return JSON.writeValueAsString(Map.of("requestingStates", List.of(AFRICA.get(random.nextInt(AFRICA.size()))),
				"title", "Benchmark request " + UUID.randomUUID(), "description",
				"Training for the customs administration in the detection of controlled goods.", "areas", List.of(area),
				"weaponCategories", List.of("CHEMICAL"), "assistanceTypes", List.of(type), "languages", List.of("en"),
				"publicationConsent", "GIVEN", "neededBy", "2099-06-30"));
	}

	private static String offerJson(String area, String type, int capacity) throws Exception {
		return JSON
			.writeValueAsString(Map.ofEntries(Map.entry("provider", Map.of("type", "ORGANIZATION", "code", "E2E")),
					Map.entry("title", "End-to-end programme"), Map.entry("description", "For the benchmark"),
					Map.entry("areas", List.of(area)), Map.entry("weaponCategories", List.of("CHEMICAL")),
					Map.entry("assistanceTypes", List.of(type)), Map.entry("languages", List.of("en")),
					Map.entry("eligibleRegions", List.of()), Map.entry("eligibleStates", List.of()),
					Map.entry("capacity", capacity), Map.entry("availableFrom", "2014-01-01"),
					Map.entry("availableUntil", "2099-12-31"), Map.entry("publicationConsent", "GIVEN")));
	}

	private static String database(EmbeddedPostgres postgres, String name) throws Exception {
		try (Connection db = postgres.getPostgresDatabase().getConnection()) {
			db.createStatement().execute("create database " + name);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

	private void row(String what, String workload, String figure, String beside) {
		rows.add(new String[] { what, workload, figure, beside });
		System.out.printf("%-11s %-62s %-32s %s%n", what, workload, figure, beside);
	}

	private static String rate(long count, double seconds) {
		return String.format("%,.0f", count / seconds);
	}

	private void report() throws Exception {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		StringBuilder table = new StringBuilder();
		table.append("\n## ")
			.append(Instant.now().atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0))
			.append(" UTC\n\n")
			.append(String.format(
					"Machine: %d cores, %.0f GiB memory, %s %s. Command: `./mvnw -B -pl modules/bench -am verify -DskipTests -Dbench`%s.%n%n",
					Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1073741824.0,
					System.getProperty("os.name"), System.getProperty("java.version"),
					replayEvents == 1_000_000 && scale == 1 ? ""
							: " with `-Dbench.args=\"events=" + replayEvents + " scale=" + scale + "\"`"))
			.append("| what | workload | figure | beside it |\n|---|---|---|---|\n");
		for (String[] row : rows) {
			table.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		Path docs = Path.of("docs/benchmarks.md");
		if (!Files.exists(docs)) {
			Files.writeString(docs, "# Benchmarks\n\nEach run of the benchmark appends its table here.\n");
		}
		Files.writeString(docs, table, StandardOpenOption.APPEND);
		System.out.println(table);
	}

}
