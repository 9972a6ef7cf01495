package org.clearinghouse.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clearinghouse.Api;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.Details;
import org.clearinghouse.EventLog;
import org.clearinghouse.catalogue.CatalogueEntryAdded;
import org.clearinghouse.catalogue.CatalogueEntryAmended;
import org.clearinghouse.catalogue.CatalogueEntryDetails;
import org.clearinghouse.catalogue.CatalogueEntryId;
import org.clearinghouse.catalogue.CatalogueEntryRetired;
import org.clearinghouse.matching.AssistanceDelivered;
import org.clearinghouse.matching.MatchClosed;
import org.clearinghouse.matching.MatchConfirmed;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalCancelled;
import org.clearinghouse.matching.ProposalDeclined;
import org.clearinghouse.matching.ProposalExpired;
import org.clearinghouse.matching.ProposalReminderDue;
import org.clearinghouse.offer.OfferAmended;
import org.clearinghouse.offer.OfferCapacityUsed;
import org.clearinghouse.offer.OfferClosed;
import org.clearinghouse.offer.OfferDetails;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.OfferPublished;
import org.clearinghouse.offer.OfferRegistered;
import org.clearinghouse.offer.OfferUnpublished;
import org.clearinghouse.offer.OfferWithdrawn;
import org.clearinghouse.offer.Provider;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestClosed;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestPublicationObjected;
import org.clearinghouse.request.RequestPublished;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.request.RequestUnpublished;
import org.clearinghouse.request.RequestWithdrawn;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.ProposalId;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Given more than ten thousand events, when each projection is replayed from the event
 * store, then its tables equal the live ones row for row.
 */
@ClearinghouseTest
class ReplayTest {

	/** The tables each projection owns, with the key that orders their rows. */
	private static final Map<String, Map<String, String>> TABLES = Map.of("provider-directory",
			Map.of("provider_directory", "provider_code"), "public-list",
			Map.of("public_catalogue_entry", "entry_id", "public_request", "request_id", "public_offer", "offer_id"),
			"matching-database",
			Map.of("matching_request", "request_id", "matching_offer", "offer_id", "matching_match", "proposal_id"));

	private static final List<String> STATES = List.of("KEN", "UGA", "FRA", "DEU", "BRA", "IND", "JPN", "NGA", "PER",
			"FJI");

	private static final List<String> REGIONS = List.of("002", "019", "142", "150", "009", "014");

	private static final List<String> PROVIDERS = List.of("DEU", "JPN", "FRA", "USA", "GBR");

	@LocalServerPort
	int port;

	@Autowired
	EventStore eventStore;

	@Autowired
	JdbcClient db;

	@Test
	void given_ten_thousand_events_when_each_projection_is_replayed_then_it_equals_the_live_one() {
		long written = generateHistory(new Random(1540));
		assertThat(written).isGreaterThanOrEqualTo(10_000);
		Api secretariat = Api.secretariat(port);
		long started = System.nanoTime();
		awaitQuiet(secretariat);
		System.out.printf("live projections caught up with %d events in %d ms%n", written,
				(System.nanoTime() - started) / 1_000_000);
		long reportStarted = System.nanoTime();
		assertThat(Api.as(port, "committee", "demo").get("/api/reports/quarterly/2014-Q3").status()).isEqualTo(200);
		System.out.printf("quarterly report over %d events in %d ms%n", eventCount(),
				(System.nanoTime() - reportStarted) / 1_000_000);
		assertThat(db.sql("select count(*) from matching_match").query(Long.class).single()).isGreaterThan(1000);
		assertThat(db.sql("select count(*) from public_request").query(Long.class).single()).isGreaterThan(100);

		for (String projection : TABLES.keySet()) {
			Map<String, List<String>> live = rows(projection);

			long replayStarted = System.nanoTime();
			Api.Response replay = secretariat.post("/api/admin/projections/" + projection + "/replay", null);
			assertThat(replay.status()).as(replay.body()).isEqualTo(202);
			awaitCaughtUp(secretariat, projection);
			System.out.printf("replayed %s over %d events in %d ms%n", projection, eventCount(),
					(System.nanoTime() - replayStarted) / 1_000_000);

			Map<String, List<String>> rebuilt = rows(projection);
			for (String table : live.keySet()) {
				assertThat(rebuilt.get(table)).as(table).hasSameSizeAs(live.get(table));
				assertThat(rebuilt.get(table)).as(table).containsExactlyElementsOf(live.get(table));
			}
		}
	}

	@Test
	void an_unknown_projection_is_not_found_and_only_the_secretariat_may_replay() {
		assertThat(Api.secretariat(port).post("/api/admin/projections/no-such-thing/replay", null).status())
			.isEqualTo(404);
		assertThat(Api.as(port, "committee", "demo").post("/api/admin/projections/public-list/replay", null).status())
			.isEqualTo(403);
	}

	@Test
	void the_lag_of_each_processor_is_a_gauge() {
		// tests switch the Prometheus export off; the metrics endpoint reads the same
		// registry
		JsonNode gauge = Api.secretariat(port).get("/actuator/metrics/clearinghouse.projection.lag").json();

		assertThat(gauge.path("baseUnit").asText()).isEqualTo("events");
		assertThat(gauge.path("availableTags").findValue("values").toString()).contains("matching-database",
				"public-list", "provider-directory");
	}

	/**
	 * The matcher and the capacity keeper answer the history with commands of their own
	 * (proposals, cancellations): the live tables are compared once every processor has
	 * caught up on two polls in a row, and no event has been added between them.
	 */
	private void awaitQuiet(Api secretariat) {
		long[] seen = { -1 };
		boolean[] before = { false };
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(1000)).until(() -> {
			boolean settled = true;
			for (JsonNode status : secretariat.get("/api/admin/projections").json()) {
				settled &= status.path("caughtUp").asBoolean() && status.path("lag").asLong() == 0;
			}
			long count = eventCount();
			boolean quiet = settled && before[0] && count == seen[0];
			seen[0] = count;
			before[0] = settled;
			return quiet;
		});
	}

	private void awaitCaughtUp(Api secretariat, String projection) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
			JsonNode status = secretariat.get("/api/admin/projections/" + projection).json();
			return status.path("caughtUp").asBoolean() && status.path("lag").asLong() == 0;
		});
	}

	private long eventCount() {
		return db.sql("select count(*) from domain_event_entry").query(Long.class).single();
	}

	private Map<String, List<String>> rows(String projection) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		TABLES.get(projection)
			.forEach((table, key) -> rows.put(table,
					db.sql("select to_jsonb(t)::text from " + table + " t order by " + key)
						.query(String.class)
						.list()));
		return rows;
	}

	/**
	 * A varied history: every kind of event the projections handle, in a plausible order.
	 */
	private long generateHistory(Random random) {
		EventLog log = new EventLog(eventStore);
		long events = 0;
		Instant at = Instant.now();
		for (int i = 0; i < 60; i++) {
			CatalogueEntryId id = CatalogueEntryId.random();
			AssistanceType type = pick(random, List.of(AssistanceType.values()));
			log.add(at,
					new CatalogueEntryAdded(id, new CatalogueEntryDetails(type, "Form " + i, "", List.of("e" + i))));
			log.add(at, new CatalogueEntryAmended(id,
					new CatalogueEntryDetails(type, "Form " + i, "amended", List.of("e" + i, "f" + i, "g" + i))));
			events += 2;
			if (random.nextInt(4) == 0) {
				log.add(at, new CatalogueEntryRetired(id, "merged"));
				events++;
			}
		}
		List<RequestId> requests = new ArrayList<>();
		for (int i = 0; i < 1200; i++) {
			RequestId id = RequestId.random();
			requests.add(id);
			PublicationConsent consent = pick(random, List.of(PublicationConsent.values()));
			RequestDetails details = Details.request("Request " + i,
					random.nextInt(5) == 0 ? Details.set(pick(random, STATES), pick(random, STATES), "RWA")
							: Details.set(pick(random, STATES)),
					Details.set(pick(random, List.of(Area.values())), pick(random, List.of(Area.values()))),
					Details.set(pick(random, List.of(WeaponCategory.values()))),
					Details.set(pick(random, List.of(AssistanceType.values()))), consent);
			log.add(at, new RequestRegistered(id, details));
			events++;
			boolean published = consent == PublicationConsent.GIVEN;
			if (published) {
				log.add(at, new RequestPublished(id));
				events++;
			}
			if (consent == PublicationConsent.PENDING && random.nextBoolean()) {
				log.add(at, new RequestPublished(id));
				published = true;
				events++;
			}
			if (random.nextBoolean()) {
				RequestDetails amended = details.withPublicationConsent(
						random.nextInt(3) == 0 ? PublicationConsent.REFUSED : details.publicationConsent());
				log.add(at, new RequestAmended(id, amended));
				events++;
				if (amended.publicationConsent() == PublicationConsent.REFUSED && published) {
					log.add(at, new RequestUnpublished(id));
					published = false;
					events++;
				}
			}
			if (published && random.nextInt(10) == 0) {
				log.add(at, new RequestPublicationObjected(id, "objection"));
				log.add(at, new RequestUnpublished(id));
				events += 2;
			}
			switch (random.nextInt(8)) {
				case 0 -> log.add(at, new RequestWithdrawn(id, "no longer needed"));
				case 1 -> log.add(at, new RequestClosed(id, "met"));
				default -> events--;
			}
			events++;
		}
		List<OfferId> offers = new ArrayList<>();
		List<String> providers = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			OfferId id = OfferId.random();
			String provider = pick(random, PROVIDERS);
			offers.add(id);
			providers.add(provider);
			PublicationConsent consent = pick(random, List.of(PublicationConsent.values()));
			OfferDetails details = Details.offer("Offer " + i, Provider.state(provider),
					Details.set(pick(random, List.of(Area.values()))),
					Details.set(pick(random, List.of(WeaponCategory.values()))),
					Details.set(pick(random, List.of(AssistanceType.values()))),
					random.nextBoolean() ? Details.set() : Details.set(pick(random, REGIONS)), consent);
			log.add(at, new OfferRegistered(id, details));
			events++;
			if (consent == PublicationConsent.GIVEN) {
				log.add(at, new OfferPublished(id));
				events++;
				if (random.nextInt(4) == 0) {
					log.add(at,
							new OfferAmended(id, new OfferDetails(details.provider(), details.title(), "changed",
									details.areas(), details.weaponCategories(), details.assistanceTypes(),
									details.languages(), details.eligibleRegions(), details.eligibleStates(), 5,
									details.availableFrom(), details.availableUntil(), PublicationConsent.REFUSED)));
					log.add(at, new OfferUnpublished(id));
					events += 2;
				}
			}
			switch (random.nextInt(10)) {
				case 0 -> log.add(at, new OfferWithdrawn(id, "programme ended"));
				case 1 -> log.add(at, new OfferClosed(id, "fully used"));
				default -> events--;
			}
			events++;
		}
		for (int i = 0; i < 2000; i++) {
			int o = random.nextInt(offers.size());
			RequestId request = requests.get(random.nextInt(requests.size()));
			OfferId offer = offers.get(o);
			ProposalId id = ProposalId.forPair(request.value(), offer.value());
			var provider = org.clearinghouse.offer.ProviderCode.of(providers.get(o));
			if (!proposed.add(id)) {
				continue;
			}
			log.add(at, new MatchProposed(id, request, offer, provider, random.nextDouble(), List.of("area"),
					at.plusSeconds(86_400)));
			events++;
			switch (random.nextInt(6)) {
				case 0 -> {
					log.add(at, new ProposalReminderDue(id, request, offer, provider));
					log.add(at, new ProposalExpired(id, request, offer, provider));
					events += 2;
				}
				case 1 -> {
					log.add(at, new ProposalDeclined(id, request, offer, provider, "no capacity"));
					events++;
				}
				case 2 -> {
					log.add(at, new ProposalCancelled(id, request, offer, provider, "request withdrawn"));
					events++;
				}
				case 3, 4 -> {
					log.add(at, new ProposalAccepted(id, request, offer, provider));
					log.add(at, new OfferCapacityUsed(offer, id, 2));
					log.add(at, new MatchConfirmed(id, request, offer, provider));
					log.add(at, new AssistanceDelivered(id, request, offer, provider, "workshop held"));
					log.add(at, new MatchClosed(id, request, offer, provider, FeedbackOutcome.MET, "useful"));
					events += 5;
				}
				default -> {
				}
			}
		}
		log.flush();
		return events;
	}

	private final java.util.Set<ProposalId> proposed = new java.util.HashSet<>();

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
