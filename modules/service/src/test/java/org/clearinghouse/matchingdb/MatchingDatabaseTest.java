package org.clearinghouse.matchingdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.EventLog;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalDeclined;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.ProposalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The matching database: each filter, full-text search, paging and sorting, and a CSV
 * export that parses back to the rows of the JSON. Every item of a test carries a word of
 * its own, so that other tests' rows in the same database do not count.
 */
@ClearinghouseTest
class MatchingDatabaseTest {

	@LocalServerPort
	int port;

	@Autowired
	EventStore eventStore;

	Api secretariat;

	String marker;

	EventLog log;

	@BeforeEach
	void setUp() {
		secretariat = Api.secretariat(port);
		log = new EventLog(eventStore);
		marker = "mark"
				+ Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).replaceAll("[0-9]", "x");
	}

	@Test
	void each_filter_on_requests_selects_what_it_names() {
		String kenya = request(Map.of("requestingStates", List.of("KEN"), "areas", List.of("LEGISLATION")));
		String france = request(Map.of("requestingStates", List.of("FRA"), "areas", List.of("BORDER_CONTROL")));
		String joint = request(Map.of("requestingStates", List.of("KEN", "UGA"), "framework",
				Map.of("kind", "CUSTOMS_UNION", "name", "East African Community Customs Union"), "areas",
				List.of("BORDER_CONTROL", "EXPORT_CONTROL")));
		secretariat.post("/api/requests/" + france + "/withdraw", null);
		// requests land in different segments of the projection: wait for all three, not
		// the last event
		awaitRequests("", 3);
		awaitRequests("status=WITHDRAWN", 1);

		assertThat(requestIds("area=BORDER_CONTROL")).containsExactlyInAnyOrder(france, joint);
		assertThat(requestIds("status=OPEN")).containsExactlyInAnyOrder(kenya, joint);
		assertThat(requestIds("status=WITHDRAWN")).containsExactly(france);
		assertThat(requestIds("region=002")).as("Africa").containsExactlyInAnyOrder(kenya, joint);
		assertThat(requestIds("region=014")).as("Eastern Africa").containsExactlyInAnyOrder(kenya, joint);
		assertThat(requestIds("region=150")).as("Europe").containsExactly(france);
		assertThat(requestIds("state=UGA")).containsExactly(joint);
		assertThat(requestIds("state=KEN&area=LEGISLATION&region=002&status=OPEN")).containsExactly(kenya);
	}

	@Test
	void assistance_type_weapon_category_and_visibility_filter_requests_and_offers() {
		String training = request(Map.of("assistanceTypes", List.of("TRAINING"), "weaponCategories", List.of("NUCLEAR"),
				"publicationConsent", "REFUSED"));
		String drafting = request(Map.of("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"), "weaponCategories",
				List.of("CHEMICAL", "BIOLOGICAL"), "publicationConsent", "GIVEN"));
		String equipment = offer(Map.of("assistanceTypes", List.of("EQUIPMENT"), "weaponCategories", List.of("NUCLEAR"),
				"publicationConsent", "REFUSED"));
		awaitRequests("", 2);
		awaitRequests("published=true", 1);
		awaitOffers("", 1);

		assertThat(requestIds("type=TRAINING")).containsExactly(training);
		assertThat(requestIds("weaponCategory=BIOLOGICAL")).containsExactly(drafting);
		assertThat(requestIds("published=false")).as("confidential only").containsExactly(training);
		assertThat(requestIds("published=true")).containsExactly(drafting);
		assertThat(requestIds("type=TRAINING&published=true")).isEmpty();
		assertThat(offerIds("type=EQUIPMENT&weaponCategory=NUCLEAR&published=false")).containsExactly(equipment);
		assertThat(offerIds("type=TRAINING")).isEmpty();
	}

	@Test
	void full_text_search_finds_words_of_title_and_description_in_any_form() {
		String legislation = request(Map.of("title", "Drafting of export-control legislation " + marker, "description",
				"Review of the strategic trade control act."));
		String customs = request(Map.of("title", "Customs training " + marker, "description",
				"Training in CBRN detection and protection for the customs administration."));
		awaitRequests("", 2);

		assertThat(requestIds("q=legislative")).as("stemmed, from the title").containsExactly(legislation);
		assertThat(requestIds("q=detecting")).as("stemmed, from the description").containsExactly(customs);
		assertThat(requestIds("q=" + url("\"customs administration\""))).containsExactly(customs);
		assertThat(requestIds("q=training -legislation")).containsExactly(customs);
		assertThat(requestIds("q=accreditation")).isEmpty();
	}

	@Test
	void each_filter_on_offers_selects_what_it_names() {
		String africa = offer(Map.of("eligibleRegions", List.of("002"), "areas", List.of("EXPORT_CONTROL")));
		String asia = offer(Map.of("eligibleRegions", List.of("142"), "areas", List.of("PHYSICAL_PROTECTION"),
				"provider", Map.of("type", "ORGANIZATION", "code", "IAEA")));
		String anywhere = offer(Map.of("eligibleRegions", List.of(), "areas", List.of("EXPORT_CONTROL"), "provider",
				Map.of("type", "STATE", "code", "JPN")));
		String kenyaOnly = offer(Map.of("eligibleRegions", List.of(), "eligibleStates", List.of("KEN"), "areas",
				List.of("LEGISLATION")));
		secretariat.post("/api/offers/" + asia + "/withdraw", null);
		awaitOffers("", 4);
		awaitOffers("status=WITHDRAWN", 1);

		assertThat(offerIds("area=EXPORT_CONTROL")).containsExactlyInAnyOrder(africa, anywhere);
		assertThat(offerIds("status=ACTIVE")).containsExactlyInAnyOrder(africa, anywhere, kenyaOnly);
		assertThat(offerIds("region=002")).as("Africa: named, open to all, or a State in it")
			.containsExactlyInAnyOrder(africa, anywhere, kenyaOnly);
		assertThat(offerIds("region=014")).as("Eastern Africa lies in Africa")
			.containsExactlyInAnyOrder(africa, anywhere, kenyaOnly);
		assertThat(offerIds("region=142")).containsExactlyInAnyOrder(asia, anywhere);
		assertThat(offerIds("state=DEU")).as("the provider").containsExactlyInAnyOrder(africa, kenyaOnly);
		assertThat(offerIds("state=KEN")).as("named eligible").containsExactly(kenyaOnly);
		assertThat(offerIds("q=programme&state=JPN")).containsExactly(anywhere);
	}

	@Test
	void matches_show_their_status_and_filter_by_their_request_and_offer() {
		String legislation = request(Map.of("areas", List.of("LEGISLATION"), "requestingStates", List.of("KEN")));
		String border = request(Map.of("areas", List.of("BORDER_CONTROL"), "requestingStates", List.of("FRA")));
		String offer = offer(Map.of("title", "Legislative assistance programme " + marker));
		awaitRequests("", 2);
		ProposalId accepted = propose(legislation, offer);
		ProposalId declined = propose(border, offer);
		log.add(Instant.now(),
				new ProposalAccepted(accepted, RequestId.of(legislation), OfferId.of(offer), ProviderCode.of("DEU")))
			.add(Instant.now(),
					new ProposalDeclined(declined, RequestId.of(border), OfferId.of(offer), ProviderCode.of("DEU"),
							"outside our programme's region"))
			.flush();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> matches("status=DECLINED").path("totalItems").asLong() == 1
					&& matches("status=ACCEPTED").path("totalItems").asLong() == 1);

		JsonNode declinedRow = matches("status=DECLINED").path("items").get(0);
		assertThat(declinedRow.path("id").asText()).isEqualTo(declined.toString());
		assertThat(declinedRow.path("declineReason").asText()).isEqualTo("outside our programme's region");
		assertThat(declinedRow.path("offerTitle").asText()).contains(marker);
		assertThat(declinedRow.path("reasons")).hasSize(2);
		assertThat(matchIds("area=LEGISLATION")).containsExactly(accepted.toString());
		assertThat(matchIds("region=150")).containsExactly(declined.toString());
		assertThat(matchIds("state=KEN")).containsExactly(accepted.toString());
		assertThat(matchIds("state=DEU")).as("the provider").hasSize(2);
	}

	@Test
	void pages_are_disjoint_and_follow_the_order_asked_for() {
		for (String title : List.of("Echo", "Alpha", "Delta", "Bravo", "Charlie")) {
			request(Map.of("title", title + " " + marker));
		}
		awaitRequests("", 5);

		List<String> titles = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			JsonNode answer = requests("sort=title,asc&size=2&page=" + page);
			assertThat(answer.path("totalItems").asLong()).isEqualTo(5);
			assertThat(answer.path("totalPages").asLong()).isEqualTo(3);
			answer.path("items").forEach(item -> titles.add(item.path("title").asText().split(" ")[0]));
		}
		assertThat(titles).containsExactly("Alpha", "Bravo", "Charlie", "Delta", "Echo");
		assertThat(requests("sort=title,desc&size=1").path("items").get(0).path("title").asText()).startsWith("Echo");
	}

	@Test
	void the_csv_export_parses_back_to_the_same_rows_as_the_json() throws Exception {
		request(Map.of("title", "Côte d'Ivoire: \"model law\", chapter 3 " + marker, "description",
				"Line one;\nline two, with a comma — and «quotes»."));
		request(Map.of("requestingStates", List.of("KEN", "UGA"), "framework",
				Map.of("kind", "CUSTOMS_UNION", "name", "East African Community Customs Union")));
		awaitRequests("", 2);

		Api.Response csv = secretariat.send("GET", "/api/matching/requests?q=" + marker, null,
				Map.of("Accept", "text/csv"));

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.body()).startsWith("\uFEFFid,status,");
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.body().substring(1)))) {
			records = parser.getRecords();
			assertThat(parser.getHeaderNames()).contains("id", "title", "description", "requestingStates", "areas");
		}
		JsonNode items = requests("").path("items");
		assertThat(records).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			CSVRecord record = records.get(i);
			for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				assertThat(record.get(field.getKey())).as(field.getKey()).isEqualTo(cell(field.getValue()));
			}
		}
		assertThat(records.stream().map(r -> r.get("title")))
			.contains("Côte d'Ivoire: \"model law\", chapter 3 " + marker);
		assertThat(records.stream().map(r -> r.get("requestingStates"))).contains("KEN;UGA");
	}

	@Test
	void a_bad_filter_is_refused_naming_each_parameter() {
		Api.Response refused = secretariat
			.get("/api/matching/requests?area=NUCLEAR&status=LOST&region=999&size=0&sort=colour"
					+ "&type=CHEMICAL&weaponCategory=TRAINING&published=maybe");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.invalidFields()).containsExactlyInAnyOrder("area", "status", "region", "size", "sort",
				"type", "weaponCategory", "published");
	}

	@Test
	void only_the_secretariat_reads_the_matching_database() {
		assertThat(Api.as(port, "committee", "demo").get("/api/matching/requests").status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get("/api/matching/offers").status()).isEqualTo(401);
	}

	@Test
	void a_new_request_is_in_the_matching_database_within_a_second() {
		request(Map.of());
		awaitRequests("", 1);

		long start = System.nanoTime();
		String id = request(Map.of("title", "Timed request " + marker));
		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> requestIds("").contains(id));
		System.out.printf("matching database caught up %d ms after the answer to the registration%n",
				(System.nanoTime() - start) / 1_000_000);
	}

	private String request(Map<String, Object> changes) {
		Map<String, Object> body = Bodies.request();
		body.put("description", body.get("description") + " " + marker);
		body.putAll(changes);
		if (!String.valueOf(body.get("title")).contains(marker)
				&& !String.valueOf(body.get("description")).contains(marker)) {
			body.put("description", body.get("description") + " " + marker);
		}
		Api.Response created = secretariat.post("/api/requests", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asText();
	}

	private String offer(Map<String, Object> changes) {
		Map<String, Object> body = Bodies.offer();
		body.put("description", body.get("description") + " " + marker);
		body.putAll(changes);
		Api.Response created = secretariat.post("/api/offers", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asText();
	}

	private ProposalId propose(String request, String offer) {
		ProposalId id = ProposalId.forPair(UUID.fromString(request), UUID.fromString(offer));
		log.add(Instant.now(), new MatchProposed(id, RequestId.of(request), OfferId.of(offer), ProviderCode.of("DEU"),
				0.8, List.of("areas: LEGISLATION", "region: 002"), Instant.now().plusSeconds(86_400)))
			.flush();
		return id;
	}

	private void awaitRequests(String filter, long count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> requests(filter).path("totalItems").asLong() == count);
	}

	private void awaitOffers(String filter, long count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> offers(filter).path("totalItems").asLong() == count);
	}

	private JsonNode requests(String filter) {
		return list("requests", filter);
	}

	private JsonNode offers(String filter) {
		return list("offers", filter);
	}

	private JsonNode matches(String filter) {
		return list("matches", filter);
	}

	private List<String> requestIds(String filter) {
		return requests(filter).path("items").findValuesAsText("id");
	}

	private List<String> offerIds(String filter) {
		return offers(filter).path("items").findValuesAsText("id");
	}

	private List<String> matchIds(String filter) {
		return matches(filter).path("items").findValuesAsText("id");
	}

	/** Only this test's rows: its word joins whatever the filter searches for. */
	private JsonNode list(String what, String filter) {
		String query = filter.startsWith("q=") ? filter.replaceFirst("q=", "q=" + marker + "+")
				: "q=" + marker + (filter.isEmpty() ? "" : "&" + filter);
		Api.Response answer = secretariat.get("/api/matching/" + what + "?" + query.replace(" ", "+"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static String cell(JsonNode value) {
		if (value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> values = new ArrayList<>();
			value.forEach(v -> values.add(v.asText()));
			return String.join(";", values);
		}
		return value.asText();
	}

	private static String url(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
