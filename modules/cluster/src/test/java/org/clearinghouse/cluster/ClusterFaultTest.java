package org.clearinghouse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults of a cluster on one machine: one PostgreSQL, three Kafka nodes and three service
 * instances, each its own JVM, started by the launcher of {@code infra/local-cluster.sh}
 * with the settings of {@code infra/cluster} (on free ports). Each test prints its
 * figures; {@code docs/operations.md} keeps them. {@code -Dcluster.load-seconds=N}
 * lengthens each phase of load (a soak).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultTest {

	/** Short, so that proposals expire and deadlines fire within the test. */
	static final Duration ANSWER_WITHIN = Duration.ofSeconds(12);

	static final Duration FOLLOW_UP_AFTER = Duration.ofSeconds(15);

	/**
	 * Claim timeout + token claim interval (infra/cluster/shared.properties), 12 s, and 3
	 * s for the claims' own queries on a busy machine.
	 */
	static final Duration STATED_TAKEOVER = Duration.ofSeconds(15);

	static final List<String> PROVIDERS = List.of("ORG-A", "ORG-B", "ORG-C", "ORG-D", "ORG-E", "ORG-F");

	static final String TOPIC = "clearinghouse.match-proposals";

	/** Every event the Kafka publisher turns into a record. */
	static final List<String> PUBLISHED_EVENTS = List.of("MatchProposed", "ProposalAccepted", "ProposalDeclined",
			"ProposalExpired", "ProposalCancelled", "MatchConfirmed", "AssistanceDelivered", "MatchClosed");

	static final long PHASE = Long.getLong("cluster.load-seconds", 6) * 1000;

	Cluster cluster;

	Database db;

	final Http http = new Http();

	List<Integer> ports;

	@BeforeAll
	void startCluster() {
		Path directory = Path.of(System.getProperty("cluster.directory", "target/cluster"))
			.resolve("run-" + System.currentTimeMillis());
		ClusterLayout layout = ClusterLayout.onFreePorts(directory, Path.of(System.getProperty("cluster.service-jar")),
				Path.of(System.getProperty("cluster.infra")),
				List.of("--clearinghouse.matching.answer-within=" + ANSWER_WITHIN.toSeconds() + "s",
						"--clearinghouse.matching.follow-up-after=" + FOLLOW_UP_AFTER.toSeconds() + "s"));
		cluster = new Cluster(layout);
		long started = System.nanoTime();
		try {
			cluster.start();
		}
		catch (RuntimeException ex) {
			cluster.close();
			throw ex;
		}
		System.out.printf("%nCluster of 1 PostgreSQL, 3 Kafka nodes, 3 instances up in %.0f s (%s)%n",
				(System.nanoTime() - started) / 1e9, directory);
		db = new Database(layout.jdbcUrl());
		ports = layout.instancePorts();
	}

	@AfterAll
	void stopCluster() {
		if (cluster != null) {
			cluster.close();
		}
	}

	/**
	 * One broker stopped and started again, then the whole Kafka cluster, while requests
	 * keep being registered on all three instances: every write is accepted, the saga
	 * proposes each pair once, each deadline fires once across the cluster, and every
	 * proposal record reaches the topic, duplicates only with the same eventId.
	 */
	@Test
	@Order(1)
	void kafka_restarts_lose_no_proposal_record_and_the_saga_and_deadlines_act_once() throws Exception {
		assertTopicIsReplicated();
		for (int i = 0; i < PROVIDERS.size(); i++) {
			var answer = http.post(ports.get(i % 3), "/api/offers", proposableOffer(PROVIDERS.get(i)));
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		}
		List<String> requests;
		int failed;
		int refused;
		// one request a second: each makes 6 proposals, 6 reminders and 6 expiries, all
		// through the one matching segment
		try (Load load = new Load(ports, 1, 1000,
				List.of(new Load.Write("/api/requests", n -> proposableRequest(n))))) {
			Thread.sleep(PHASE);
			long t = System.nanoTime();
			cluster.stopBroker(2);
			System.out.printf("Kafka node 2 stopped in %.1f s%n", (System.nanoTime() - t) / 1e9);
			Thread.sleep(PHASE);
			t = System.nanoTime();
			cluster.startBroker(2);
			cluster.awaitBrokers(3);
			System.out.printf("Kafka node 2 back in %.1f s%n", (System.nanoTime() - t) / 1e9);
			Thread.sleep(PHASE);
			t = System.nanoTime();
			cluster.stopBrokers();
			System.out.printf("Whole Kafka cluster stopped in %.1f s%n", (System.nanoTime() - t) / 1e9);
			Thread.sleep(PHASE);
			t = System.nanoTime();
			cluster.startBrokers();
			System.out.printf("Whole Kafka cluster back in %.1f s%n", (System.nanoTime() - t) / 1e9);
			Thread.sleep(PHASE);
			load.close();
			requests = load.acknowledged();
			failed = load.failed();
			refused = load.refused();
		}
		int r = requests.size();
		System.out.printf("Requests registered during the Kafka faults: %d acknowledged, %d refused, %d unanswered%n",
				r, refused, failed);
		assertThat(r).isPositive();
		assertThat(refused + failed).as("writes not accepted while Kafka was away").isZero();

		// each request meets each of the 6 offers once: 3 proposed, expired, then the
		// other 3
		try {
			await(Duration.ofMinutes(6), "every proposal made and expired, every follow-up due",
					() -> count("MatchProposed") >= 6L * r && count("ProposalExpired") >= 6L * r
							&& count("RequestFollowUpDue") >= r);
		}
		catch (AssertionError slow) {
			throw new AssertionError(
					slow.getMessage() + ": " + count("MatchProposed") + " proposals, " + count("ProposalExpired")
							+ " expiries, " + count("RequestFollowUpDue") + " follow-ups for " + r + " requests",
					slow);
		}
		Thread.sleep(3000);
		Map<String, Long> proposalsPerRequest = perRequest("MatchProposed");
		long proposed = count("MatchProposed");
		long pairs = db.count("select count(distinct convert_from(payload, 'UTF8')::jsonb->>'requestId'"
				+ " || '/' || (convert_from(payload, 'UTF8')::jsonb->>'offerId')) from domain_event_entry"
				+ " where payload_type like '%.MatchProposed'");
		long reminders = count("ProposalReminderDue");
		long remindedProposals = db.count("select count(distinct aggregate_identifier) from domain_event_entry"
				+ " where payload_type like '%.ProposalReminderDue'");
		long expired = count("ProposalExpired");
		List<String> followUps = new ArrayList<>(db.strings(
				"select aggregate_identifier || '/' || sequence_number from domain_event_entry where payload_type like '%.RequestFollowUpDue'"));
		long followUpRequests = followUps.stream().map(f -> f.substring(0, f.indexOf('/'))).distinct().count();
		System.out.printf(
				"Saga and deadlines across 3 instances: %d proposals (%d expected, %d distinct pairs), %d reminders for %d proposals, %d expiries, %d follow-ups for %d requests%n",
				proposed, 6L * r, pairs, reminders, remindedProposals, expired, followUps.size(), followUpRequests);
		assertThat(proposalsPerRequest).hasSize(r).allSatisfy((request, n) -> assertThat(n).isEqualTo(6));
		assertThat(pairs).isEqualTo(proposed).isEqualTo(6L * r);
		// a reminder that comes due after the expiry (both late on a busy machine) finds
		// the proposal expired and says nothing; none says it twice
		assertThat(reminders).isEqualTo(remindedProposals).isLessThanOrEqualTo(6L * r);
		assertThat(expired).isEqualTo(6L * r);
		assertThat(followUps).hasSize(r);
		assertThat(followUpRequests).isEqualTo(r);

		// every proposal record on the topic
		Set<String> expected = db
			.strings("select event_identifier from domain_event_entry where " + PUBLISHED_EVENTS.stream()
				.map(e -> "payload_type like '%." + e + "'")
				.collect(Collectors.joining(" or ")));
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		long waited = System.nanoTime();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(TOPIC)
				.stream()
				.map(p -> new TopicPartition(TOPIC, p.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Set<String> seen = new HashSet<>();
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
					records.add(record);
					seen.add(eventId(record));
				}
			}
			// what else is on the topic already: duplicates
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(3))) {
				records.add(record);
			}
		}
		Map<String, Set<String>> eventIdsPerStatus = new HashMap<>();
		Set<String> received = new HashSet<>();
		for (ConsumerRecord<String, String> record : records) {
			JsonNode value = Http.JSON.readTree(record.value());
			assertThat(value.path("eventId").asText()).isEqualTo(eventId(record));
			received.add(eventId(record));
			eventIdsPerStatus
				.computeIfAbsent(value.path("proposalId").asText() + "/" + value.path("status").asText(),
						k -> new HashSet<>())
				.add(eventId(record));
		}
		Set<String> lost = new HashSet<>(expected);
		lost.removeAll(received);
		Set<String> unknown = new HashSet<>(received);
		unknown.removeAll(expected);
		System.out.printf(
				"Kafka records: %d expected (events in the store), %d received, %d distinct eventIds, %d duplicates (same eventId), %d lost, %d unknown; all in %.0f s after the load%n",
				expected.size(), records.size(), received.size(), records.size() - received.size(), lost.size(),
				unknown.size(), (System.nanoTime() - waited) / 1e9);
		assertThat(lost).as("proposal records that never reached the topic").isEmpty();
		assertThat(unknown).as("records for no stored event").isEmpty();
		assertThat(eventIdsPerStatus).as("one eventId for each proposal and status: duplicates only as redeliveries")
			.allSatisfy((status, ids) -> assertThat(ids).hasSize(1));
	}

	/**
	 * The instance holding the most segments killed (SIGKILL) under a steady load of
	 * writes spread over all three: no acknowledged write is lost, the others take over
	 * its segments within the stated time, and the read models equal what a replay from
	 * the event store gives.
	 */
	@Test
	@Order(2)
	void an_instance_killed_under_load_loses_no_acknowledged_write_and_its_segments_move() throws Exception {
		Map<Integer, Long> segmentsHeld = segmentsPerInstance();
		int victim = segmentsHeld.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		String owner = cluster.pid("instance-" + victim) + "@%";
		List<Integer> survivors = new ArrayList<>(List.of(1, 2, 3));
		survivors.remove(Integer.valueOf(victim));

		List<String> acknowledged;
		int failed;
		int refused;
		long sent;
		double takeover;
		long segmentsMoved;
		try (Load load = new Load(ports, 3, 200, List.of(new Load.Write("/api/requests", n -> unmatchedRequest(n)),
				new Load.Write("/api/offers", n -> unmatchedOffer(n))))) {
			Thread.sleep(PHASE + 2000);
			segmentsMoved = db.count("select count(*) from token_entry where owner like ?", owner);
			long killed = System.nanoTime();
			cluster.killInstance(victim);
			long deadline = killed + Duration.ofSeconds(90).toNanos();
			while (db.count("select count(*) from token_entry where owner like ? or owner is null", owner) > 0) {
				assertThat(System.nanoTime()).as("segments not taken over within 90 s").isLessThan(deadline);
				Thread.sleep(100);
			}
			takeover = (System.nanoTime() - killed) / 1e9;
			Thread.sleep(PHASE);
			load.close();
			acknowledged = load.acknowledged();
			failed = load.failed();
			refused = load.refused();
			sent = load.sent();
		}
		Set<String> stored = db.strings("select distinct aggregate_identifier from domain_event_entry"
				+ " where type in ('AssistanceRequest', 'Offer')");
		List<String> lost = acknowledged.stream().filter(id -> !stored.contains(id)).toList();
		System.out.printf(
				"Instance %d killed under load: %d writes sent, %d acknowledged, %d found in the event store, %d lost; %d unanswered (sent to the killed instance), %d refused%n",
				victim, sent, acknowledged.size(), acknowledged.size() - lost.size(), lost.size(), failed, refused);
		System.out.printf("Its %d segments taken over by instances %s in %.1f s (stated: within %d s)%n", segmentsMoved,
				survivors, takeover, STATED_TAKEOVER.toSeconds());
		assertThat(lost).as("acknowledged writes missing from the event store").isEmpty();
		assertThat(refused).isZero();
		assertThat(segmentsMoved).isPositive();
		assertThat(takeover).isLessThanOrEqualTo(STATED_TAKEOVER.toSeconds());

		// the read models catch up on the survivors and hold every acknowledged write
		awaitQuiet(survivors);
		Set<String> rows = db.strings("select request_id::text from matching_request union all"
				+ " select offer_id::text from matching_offer");
		assertThat(acknowledged).allSatisfy(id -> assertThat(rows).contains(id));
		Map<String, String> before = readModels();

		// ... and equal what a replay gives: one survivor takes every segment, and
		// rebuilds
		int rebuilder = survivors.get(0);
		cluster.stopInstance(survivors.get(1));
		List<String> groups = List.of("matching-database", "public-list");
		await(Duration.ofSeconds(60), "instance " + rebuilder + " holding every segment",
				() -> groups.stream().allMatch(g -> status(rebuilder, g).path("share").asDouble() >= 0.999));
		long replayStarted = System.nanoTime();
		for (String group : groups) {
			var answer = http.post(ports.get(rebuilder - 1), "/api/admin/projections/" + group + "/replay", Map.of());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
		}
		await(Duration.ofMinutes(2), "replays caught up",
				() -> groups.stream().allMatch(g -> status(rebuilder, g).path("caughtUp").asBoolean()));
		Map<String, String> replayed = readModels();
		System.out.printf("Read models after the kill (rows, digest) %s; after a replay on instance %d (%.1f s): %s%n",
				before, rebuilder, (System.nanoTime() - replayStarted) / 1e9, replayed);
		assertThat(replayed).isEqualTo(before);
	}

	private void assertTopicIsReplicated() throws Exception {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.layout().bootstrapServers());
		try (Admin admin = Admin.create(config)) {
			TopicDescription topic = admin.describeTopics(List.of(TOPIC))
				.topicNameValues()
				.get(TOPIC)
				.get(30, TimeUnit.SECONDS);
			ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
			String minIsr = admin.describeConfigs(List.of(resource))
				.all()
				.get(30, TimeUnit.SECONDS)
				.get(resource)
				.get("min.insync.replicas")
				.value();
			System.out.printf("Topic %s: %d partitions, %d replicas each, min.insync.replicas %s%n", TOPIC,
					topic.partitions().size(), topic.partitions().get(0).replicas().size(), minIsr);
			assertThat(topic.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
			assertThat(minIsr).isEqualTo("2");
		}
	}

	/**
	 * Instance number → segments it holds now, by token_entry's owner ({@code pid@host}).
	 */
	private Map<Integer, Long> segmentsPerInstance() throws Exception {
		Map<Integer, Long> held = new LinkedHashMap<>();
		for (int n = 1; n <= 3; n++) {
			held.put(n, db.count("select count(*) from token_entry where owner like ?",
					cluster.pid("instance-" + n) + "@%"));
		}
		System.out.println("Segments held per instance: " + held);
		return held;
	}

	/**
	 * No deadline due soon, no new event for a while, and every processor at the head on
	 * the instances that hold its segments.
	 */
	private void awaitQuiet(List<Integer> instances) throws Exception {
		long[] head = { -1 };
		long[] sameSince = { System.nanoTime() };
		await(Duration.ofMinutes(2), "the survivors caught up and quiet", () -> {
			long now = db.count("select coalesce(max(global_index), 0) from domain_event_entry");
			if (now != head[0]) {
				head[0] = now;
				sameSince[0] = System.nanoTime();
			}
			if (System.nanoTime() - sameSince[0] < Duration.ofSeconds(5).toNanos()) {
				return false;
			}
			if (db
				.count("select count(*) from scheduled_tasks where execution_time < now() + interval '1 minute'") > 0) {
				return false;
			}
			Map<String, Double> share = new HashMap<>();
			for (int n : instances) {
				for (JsonNode status : http.get(ports.get(n - 1), "/api/admin/projections")) {
					if (status.path("share").asDouble() > 0 && status.path("lag").asLong() != 0) {
						return false;
					}
					share.merge(status.path("processingGroup").asText(), status.path("share").asDouble(), Double::sum);
				}
			}
			return share.values().stream().allMatch(s -> s >= 0.999);
		});
	}

	private JsonNode status(int instance, String group) {
		try {
			return http.get(ports.get(instance - 1), "/api/admin/projections/" + group);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Each read-model table: its row count and a digest of all its rows. */
	private Map<String, String> readModels() throws Exception {
		Map<String, String> tables = new LinkedHashMap<>();
		for (String table : List.of("matching_request", "matching_offer", "matching_match", "public_request",
				"public_offer", "public_catalogue_entry")) {
			tables.put(table,
					db.text("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-')"
							+ " from " + table + " t"));
		}
		return tables;
	}

	private long count(String eventType) throws Exception {
		return db.count("select count(*) from domain_event_entry where payload_type like ?", "%." + eventType);
	}

	private Map<String, Long> perRequest(String eventType) throws Exception {
		Map<String, Long> counts = new HashMap<>();
		for (String row : db.rows("select convert_from(payload, 'UTF8')::jsonb->>'requestId', count(*)"
				+ " from domain_event_entry where payload_type like ? group by 1", "%." + eventType)) {
			String[] parts = row.split(" ");
			counts.put(parts[0], Long.parseLong(parts[1]));
		}
		return counts;
	}

	private KafkaConsumer<String, String> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.layout().bootstrapServers(),
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000));
	}

	private static String eventId(ConsumerRecord<String, String> record) {
		Header header = record.headers().lastHeader("eventId");
		return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
	}

	private static void await(Duration timeout, String what, Condition condition) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.met()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + timeout + ": " + what);
			}
			Thread.sleep(500);
		}
	}

	@FunctionalInterface
	interface Condition {

		boolean met() throws Exception;

	}

	/** Fits every offer of {@link #PROVIDERS}. */
	static Map<String, Object> proposableRequest(long n) {
		Map<String, Object> request = new HashMap<>();
		request.put("requestingStates", List.of("KEN"));
		request.put("title", "Drafting of export-control legislation " + n);
		request.put("description", "Review of the draft strategic trade control act, cluster test " + n + ".");
		request.put("areas", List.of("EXPORT_CONTROL", "LEGISLATION"));
		request.put("weaponCategories", List.of("CHEMICAL"));
		request.put("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"));
		request.put("languages", List.of("en"));
		request.put("publicationConsent", "GIVEN");
		return request;
	}

	static Map<String, Object> proposableOffer(String provider) {
		Map<String, Object> offer = new HashMap<>();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", provider));
		offer.put("title", "Legislative drafting programme of " + provider);
		offer.put("description", "Drafting and review of export-control laws.");
		offer.put("areas", List.of("EXPORT_CONTROL", "LEGISLATION"));
		offer.put("weaponCategories", List.of("CHEMICAL", "BIOLOGICAL"));
		offer.put("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"));
		offer.put("languages", List.of("en"));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", List.of());
		offer.put("capacity", 100000);
		offer.put("availableUntil", "2099-12-31");
		offer.put("publicationConsent", "GIVEN");
		return offer;
	}

	/** Fits none of the offers, so the kill test's writes make no proposals. */
	static Map<String, Object> unmatchedRequest(long n) {
		Map<String, Object> request = proposableRequest(n);
		request.put("title", "National outreach workshop " + n);
		request.put("areas", List.of("OUTREACH", "REPORTING"));
		request.put("assistanceTypes", List.of("WORKSHOP"));
		request.put("requestingStates", List.of(n % 2 == 0 ? "GHA" : "PER"));
		return request;
	}

	static Map<String, Object> unmatchedOffer(long n) {
		Map<String, Object> offer = proposableOffer("DON-" + (n % 7));
		offer.put("title", "Physical protection equipment " + n);
		offer.put("areas", List.of("PHYSICAL_PROTECTION"));
		offer.put("assistanceTypes", List.of("EQUIPMENT"));
		offer.put("capacity", 2);
		return offer;
	}

}
