package org.clearinghouse.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A seeded run of generated hostile input against the writes of the API: bad JSON, wrong
 * codes, huge strings, control characters, unknown fields, wrong types, nulls, deep
 * nesting, wrong content types, bad ids and headers. Every one is answered 4xx with a
 * problem document, none 5xx, and not one event is stored. A failure names the seed and
 * the input's number, so it can be replayed.
 */
@ClearinghouseTest
class HostileInputTest {

	private static final long SEED = Long.getLong("hostile.seed", 1540L);

	private static final int INPUTS = Integer.getInteger("hostile.inputs", 10_000);

	private static final String STATE = "ISL";

	private static final String ORGANIZATION = "HOSTILE-FUZZ";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String[] KINDS = { "bad JSON", "wrong code", "huge string", "control character",
			"unknown field", "wrong type", "null", "deep nesting", "wrong content type", "bad number or date", "bad id",
			"bad header" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void ten_thousand_hostile_inputs_are_all_refused_with_4xx_and_store_nothing() throws Exception {
		Targets targets = setUp();
		long eventsBefore = events(targets);
		long registrationsBefore = registrations();

		Random random = new Random(SEED);
		Map<Integer, Integer> byStatus = new TreeMap<>();
		Map<String, Integer> byKind = new TreeMap<>();
		Map<String, Long> millisByKind = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < INPUTS; i++) {
			Input input = generate(random, targets);
			long sent = System.nanoTime();
			HttpResponse<String> answer = send(input);
			millisByKind.merge(input.kind(), (System.nanoTime() - sent) / 1_000_000, Long::sum);
			int status = answer.statusCode();
			byStatus.merge(status, 1, Integer::sum);
			byKind.merge(input.kind(), 1, Integer::sum);
			String contentType = answer.headers().firstValue("Content-Type").orElse("");
			// Tomcat itself refuses a path with an encoded NUL or slash, with a page
			boolean problem = contentType.startsWith("application/problem+json") || input.path().contains("%");
			if (status < 400 || status >= 500 || !problem) {
				if (failures.size() < 20) {
					failures.add("input %d (seed %d), %s: %s %s [%s] %s -> %d %s".formatted(i, SEED, input.kind(),
							input.method(), input.path(), input.contentType(), preview(input.body()), status,
							answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()));
				}
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		long eventsAfter = events(targets);
		long registrationsAfter = registrations();
		System.out.printf(
				"[resilience] hostile input: %d inputs (seed %d) in %d ms; by status %s; by kind %s; "
						+ "refused with 4xx %d, 5xx %d, other %d; events stored %d%n",
				INPUTS, SEED, millis, byStatus, byKind,
				byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == 4).mapToInt(Map.Entry::getValue).sum(),
				byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == 5).mapToInt(Map.Entry::getValue).sum(),
				byStatus.entrySet()
					.stream()
					.filter(e -> e.getKey() / 100 != 4 && e.getKey() / 100 != 5)
					.mapToInt(Map.Entry::getValue)
					.sum(),
				(eventsAfter - eventsBefore) + (registrationsAfter - registrationsBefore));
		System.out.printf("[resilience] hostile input: milliseconds by kind %s%n", millisByKind);

		assertThat(failures).isEmpty();
		assertThat(byKind.keySet()).containsExactlyInAnyOrder(KINDS);
		assertThat(eventsAfter).isEqualTo(eventsBefore);
		assertThat(registrationsAfter).isEqualTo(registrationsBefore);
	}

	// the scene: a request, an offer and a proposal of them to the donor

	private Targets setUp() {
		Api secretariat = Api.secretariat(port);
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", ORGANIZATION));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", List.of(STATE));
		offer.put("areas", List.of("EXPORT_CONTROL", "LEGISLATION"));
		offer.put("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"));
		offer.put("availableUntil", "2099-12-31");
		Api.Response registeredOffer = secretariat.post("/api/offers", offer);
		assertThat(registeredOffer.status()).isEqualTo(201);
		String offerId = registeredOffer.json().path("id").asText();
		Api donor = Api.as(port, "donor-" + ORGANIZATION.toLowerCase(), "demo");
		await().atMost(Duration.ofSeconds(20)).until(() -> donor.get("/api/proposals").status() == 200);

		Map<String, Object> request = Bodies.request();
		request.put("requestingStates", List.of(STATE));
		request.put("title", "A request that hostile input must leave as it is");
		Api.Response registeredRequest = secretariat.post("/api/requests", request);
		assertThat(registeredRequest.status()).isEqualTo(201);
		String requestId = registeredRequest.json().path("id").asText();
		String proposalId = await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (JsonNode proposal : donor.get("/api/proposals").json()) {
				if (proposal.path("requestId").asText().equals(requestId)) {
					return proposal.path("proposalId").asText();
				}
			}
			return null;
		}, id -> id != null);
		// the matcher is done with them: nothing else writes to these aggregates now
		await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
		return new Targets(requestId, offerId, proposalId, request, offer);
	}

	private long events(Targets targets) {
		return db.sql("select count(*) from domain_event_entry where aggregate_identifier in (?, ?, ?)")
			.params(targets.requestId(), targets.offerId(), targets.proposalId())
			.query(Long.class)
			.single();
	}

	private long registrations() {
		return db
			.sql("select count(*) from domain_event_entry where payload_type like '%RequestRegistered' "
					+ "or payload_type like '%OfferRegistered'")
			.query(Long.class)
			.single();
	}

	// the generator

	private record Targets(String requestId, String offerId, String proposalId, Map<String, Object> request,
			Map<String, Object> offer) {
	}

	private record Endpoint(String method, String path, String account, Map<String, Object> body, List<String> texts,
			List<String> codes, List<String> lists, List<String> numbers, List<String> dates, boolean emptyIsValid) {
	}

	private record Input(String kind, String method, String path, String account, String contentType, byte[] body,
			Map<String, String> headers) {
	}

	private static final List<String> REQUEST_TEXTS = List.of("title", "description");

	private static final List<String> REQUEST_CODES = List.of("requestingStates[0]", "areas[0]", "weaponCategories[0]",
			"assistanceTypes[0]", "languages[0]", "publicationConsent");

	private static final List<String> REQUEST_LISTS = List.of("requestingStates", "areas", "weaponCategories",
			"assistanceTypes", "languages");

	private static final List<String> OFFER_TEXTS = List.of("title", "description");

	private static final List<String> OFFER_CODES = List.of("provider.type", "provider.code", "areas[0]",
			"weaponCategories[0]", "assistanceTypes[0]", "languages[0]", "eligibleStates[0]", "eligibleRegions[0]",
			"publicationConsent");

	private static final List<String> OFFER_LISTS = List.of("areas", "weaponCategories", "assistanceTypes", "languages",
			"eligibleStates");

	private List<Endpoint> endpoints(Targets t) {
		Map<String, Object> reason = new LinkedHashMap<>(Map.of("reason", "Not within this programme's scope"));
		return List.of(
				new Endpoint("POST", "/api/requests", "secretariat", t.request(), REQUEST_TEXTS, REQUEST_CODES,
						REQUEST_LISTS, List.of(), List.of("neededBy"), false),
				new Endpoint("PUT", "/api/requests/" + t.requestId(), "secretariat", t.request(), REQUEST_TEXTS,
						REQUEST_CODES, REQUEST_LISTS, List.of(), List.of("neededBy"), false),
				new Endpoint("POST", "/api/offers", "secretariat", t.offer(), OFFER_TEXTS, OFFER_CODES, OFFER_LISTS,
						List.of("capacity"), List.of("availableFrom", "availableUntil"), false),
				new Endpoint("PUT", "/api/offers/" + t.offerId(), "secretariat", t.offer(), OFFER_TEXTS, OFFER_CODES,
						OFFER_LISTS, List.of("capacity"), List.of("availableFrom", "availableUntil"), false),
				new Endpoint("POST", "/api/proposals/" + t.proposalId() + "/decline", "donor", reason,
						List.of("reason"), List.of(), List.of(), List.of(), List.of(), true),
				new Endpoint("POST", "/api/requests/" + t.requestId() + "/withdraw", "secretariat", reason,
						List.of("reason"), List.of(), List.of(), List.of(), List.of(), true));
	}

	private List<Endpoint> endpoints;

	private Input generate(Random random, Targets targets) throws Exception {
		if (endpoints == null) {
			endpoints = endpoints(targets);
		}
		Endpoint e = endpoints.get(random.nextInt(endpoints.size()));
		String kind = KINDS[random.nextInt(KINDS.length)];
		Map<String, Object> body = copy(e.body());
		String json = "application/json";
		switch (kind) {
			case "bad JSON" -> {
				return input(kind, e, json, badJson(random, JSON.writeValueAsString(body), e.emptyIsValid()));
			}
			case "wrong code" -> {
				if (e.codes().isEmpty()) {
					// a proposal answer has no codes: an unknown one stands in its place
					body.put(random.nextBoolean() ? "outcome " : "status", badCode(random));
				}
				else {
					String field = pick(random, e.codes());
					// any acronym is an organization's code: only a malformed one is
					// wrong
					set(body, field, field.equals("provider.code") ? badAcronym(random) : badCode(random));
				}
			}
			case "huge string" -> {
				String field = random.nextInt(4) == 0 && !e.codes().isEmpty() ? pick(random, e.codes())
						: pick(random, e.texts());
				set(body, field, huge(random));
			}
			case "control character" -> {
				String field = pick(random, e.texts());
				String text = field.equals("reason") ? "Not within scope" : "Some ordinary text";
				int at = 1 + random.nextInt(text.length() - 2);
				set(body, field, text.substring(0, at) + control(random, field) + text.substring(at));
			}
			case "unknown field" -> {
				String name = pick(random, List.of("extra", "id", "__proto__", "constructor", "Title", "areas ",
						"provider.code", "$where", "titre", "x".repeat(1 + random.nextInt(300))));
				if (random.nextInt(3) == 0 && body.get("provider") instanceof Map<?, ?> provider) {
					@SuppressWarnings("unchecked")
					Map<String, Object> nested = (Map<String, Object>) provider;
					nested.put(name, "x");
				}
				else {
					body.put(name, random.nextBoolean() ? "x" : List.of(1, 2, 3));
				}
			}
			case "wrong type" -> wrongType(random, e, body);
			case "null" -> {
				if (!e.emptyIsValid() && random.nextInt(4) == 0) {
					return input(kind, e, json, "null".getBytes(StandardCharsets.UTF_8));
				}
				if (e.lists().isEmpty()) {
					// a decline needs its reason; a withdrawal's is optional: make it
					// a wrong null inside a list instead
					body.put("reason", e.path().endsWith("/decline") ? null : Map.of("text", List.of()));
				}
				else if (random.nextBoolean()) {
					String list = pick(random, e.lists());
					List<Object> withNull = new ArrayList<>((List<?>) body.get(list));
					withNull.add(random.nextInt(withNull.size() + 1), null);
					body.put(list, withNull);
				}
				else {
					set(body, pick(random, List.of("title", e.lists().get(0))), null);
				}
			}
			case "deep nesting" -> {
				int depth = random.nextBoolean() ? 1_001 + random.nextInt(20_000) : 2 + random.nextInt(900);
				String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
						: "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
				if (random.nextInt(3) == 0) {
					return input(kind, e, json, nested.getBytes(StandardCharsets.UTF_8));
				}
				String field = pick(random, e.texts());
				String text = JSON.writeValueAsString(body)
					.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + nested.replace("$", "\\$"));
				return input(kind, e, json, text.getBytes(StandardCharsets.UTF_8));
			}
			case "wrong content type" -> {
				String type = pick(random,
						List.of("text/plain", "application/xml", "text/html", "application/octet-stream",
								"multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded", "image/png",
								"text/csv", "application/javascript"));
				byte[] bytes = type.startsWith("application/x-www")
						? "title=Hello&areas=EXPORT_CONTROL".getBytes(StandardCharsets.UTF_8)
						: JSON.writeValueAsBytes(body);
				return input(kind, e, type, bytes);
			}
			case "bad number or date" -> {
				if (!e.numbers().isEmpty() && random.nextBoolean()) {
					String number = pick(random, List.of("-5", "-2147483649", "2147483648", "1e400",
							"99999999999999999999", "0x10", "NaN", "Infinity", "-0.5e9999", "1_000"));
					String text = JSON.writeValueAsString(body)
						.replaceFirst("\"capacity\":\\d+", "\"capacity\":" + number);
					return input(kind, e, json, text.getBytes(StandardCharsets.UTF_8));
				}
				if (e.dates().isEmpty()) {
					body.put("reason", pick(random, List.of(Map.of(), List.of("a", "b"))));
				}
				else if (e.dates().size() == 2 && random.nextInt(4) == 0) {
					// ends before it starts
					body.put("availableFrom", "2030-01-01");
					body.put("availableUntil", "2029-12-31");
				}
				else {
					set(body, pick(random, e.dates()), pick(random, List.of("2015-13-45", "2015-02-30", "yesterday",
							"30/06/2015", "2015-6-30", "+999999999-12-31T", "2015-06-30T25:00", "0000-00-00")));
				}
			}
			case "bad id" -> {
				String id = pick(random,
						List.of("not-a-uuid", "1234", "%00", "..%2F..%2Fetc", UUID.randomUUID().toString(),
								"00000000-0000-0000-0000-00000000000g", "x".repeat(1 + random.nextInt(2000))));
				String path = switch (random.nextInt(5)) {
					case 0 -> "/api/requests/" + id;
					case 1 -> "/api/offers/" + id;
					case 2 -> "/api/proposals/" + id + "/accept";
					case 3 -> "/api/proposals/" + id + "/decline";
					// an offer's id is no request's
					default -> "/api/requests/" + targets.offerId();
				};
				boolean accept = path.endsWith("/accept") || path.endsWith("/decline");
				Endpoint target = new Endpoint(path.startsWith("/api/proposals") ? "POST" : "PUT", path,
						accept ? "donor" : "secretariat", e.body(), List.of(), List.of(), List.of(), List.of(),
						List.of(), false);
				Map<String, Object> valid = path.startsWith("/api/offers") ? copy(targets.offer())
						: accept ? copy(e.path().endsWith("/decline") ? e.body() : Map.of("reason", "No"))
								: copy(targets.request());
				return input(kind, target, json, JSON.writeValueAsBytes(valid));
			}
			case "bad header" -> {
				Map<String, String> headers = Map.of("Idempotency-Key", "k".repeat(201 + random.nextInt(5_000)));
				byte[] bytes = JSON.writeValueAsBytes(body);
				return new Input(kind, e.method(), e.path(), e.account(), json, bytes, headers);
			}
			default -> throw new IllegalStateException(kind);
		}
		return input(kind, e, json, JSON.writeValueAsBytes(body));
	}

	private static Input input(String kind, Endpoint e, String contentType, byte[] body) {
		return new Input(kind, e.method(), e.path(), e.account(), contentType, body, Map.of());
	}

	private static byte[] badJson(Random random, String valid, boolean emptyIsValid) {
		String text = switch (random.nextInt(emptyIsValid ? 11 : 13)) {
			case 0 -> valid.substring(0, random.nextInt(valid.length() - 1));
			case 1 -> valid.replaceFirst(":", "=");
			case 2 -> valid.substring(0, valid.length() - 1);
			case 3 -> valid.replace('"', '\'');
			case 4 -> "/* comment */" + valid;
			case 5 -> valid.replaceFirst("\"([a-zA-Z]+)\":", "$1:");
			case 6 -> valid + pick(random, List.of("x", "}", ",", "{}", "[]", "null"));
			case 7 -> valid.replaceFirst(",", ",,");
			case 8 -> valid.replaceFirst("\\[", "[,");
			case 9 -> "[" + valid + "]";
			case 10 -> {
				byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
				int at = 2 + random.nextInt(Math.max(1, bytes.length / 2));
				byte[] broken = new byte[bytes.length + 2];
				System.arraycopy(bytes, 0, broken, 0, at);
				// not UTF-8: a lead byte without its continuation
				broken[at] = (byte) 0xC3;
				broken[at + 1] = (byte) 0x28;
				System.arraycopy(bytes, at, broken, at + 2, bytes.length - at);
				yield new String(broken, StandardCharsets.ISO_8859_1);
			}
			case 11 -> "";
			default -> {
				byte[] noise = new byte[1 + random.nextInt(500)];
				random.nextBytes(noise);
				yield new String(noise, StandardCharsets.ISO_8859_1);
			}
		};
		if (text.equals(valid)) {
			// the change found nothing to change in this body: cut it short instead
			text = valid.substring(0, valid.length() / 2);
		}
		return text.getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(text) ? StandardCharsets.ISO_8859_1
				: StandardCharsets.UTF_8);
	}

	private static String badCode(Random random) {
		return pick(random,
				List.of("", " ", "XX", "K3N", "ken", "K E N", "9999", "abc", "NOT_A_CODE", "EXPORT-CONTROL",
						"export_control", "en-GB", "eng", "MAYBE", "ALIEN", "1ABC", "A".repeat(21),
						"Z".repeat(2 + random.nextInt(60)) + random.nextInt(10), "\u0000", "DROP TABLE request;--",
						"<script>alert(1)</script>"));
	}

	private static String badAcronym(Random random) {
		return pick(random, List.of("", " ", "x", "ken", "K E N", "1ABC", "-ABC", "A".repeat(21), "ÄÖÜ", "\u0000",
				"DROP TABLE offer;--", "<script>alert(1)</script>", "Z".repeat(21 + random.nextInt(60))));
	}

	private static String huge(Random random) {
		// characters: longer than any text may be, and in the last case more bytes than
		// any body may have (up to 2 MB, what Tomcat still reads past a refusal)
		int length = switch (random.nextInt(3)) {
			case 0 -> 10_001 + random.nextInt(40_000);
			case 1 -> 100_000 + random.nextInt(100_000);
			default -> 550_000 + random.nextInt(100_000);
		};
		String unit = pick(random, List.of("x", "é", "字", "ab "));
		return unit.repeat(length / unit.length() + 1);
	}

	private static String control(Random random, String field) {
		// tabs and line breaks are allowed in a description or a reason, not in a title
		List<Character> controls = new ArrayList<>();
		for (char c = 0; c < 0x20; c++) {
			if (field.equals("title") || (c != '\t' && c != '\n' && c != '\r')) {
				controls.add(c);
			}
		}
		for (char c = 0x7F; c <= 0x9F; c++) {
			controls.add(c);
		}
		// half a surrogate pair is no character at all
		controls.add('\uD800');
		controls.add('\uDFFF');
		return String.valueOf(controls.get(random.nextInt(controls.size())));
	}

	private static void wrongType(Random random, Endpoint e, Map<String, Object> body) {
		int choice = random.nextInt(4);
		if (choice == 0 || e.lists().isEmpty()) {
			set(body, pick(random, e.texts()), pick(random, List.of(Map.of("text", "x"), List.of("x"), List.of())));
		}
		else if (choice == 1) {
			set(body, pick(random, e.lists()), pick(random, List.of("EXPORT_CONTROL", Map.of("a", "b"), 5)));
		}
		else if (choice == 2 && !e.numbers().isEmpty()) {
			set(body, "capacity", pick(random, List.of("many", Map.of(), List.of(3))));
		}
		else if (choice == 2 || e.dates().isEmpty()) {
			set(body, pick(random, e.lists()), List.of(Map.of("code", "KEN")));
		}
		else {
			set(body, pick(random, e.dates()), pick(random, List.of(Map.of("year", 2015), List.of("2015"), true)));
		}
		if (random.nextInt(5) == 0 && body.containsKey("provider")) {
			body.put("provider", pick(random, List.of("DEU", List.of("STATE", "DEU"), 7)));
		}
	}

	@SuppressWarnings("unchecked")
	private static void set(Map<String, Object> body, String path, Object value) {
		String[] parts = path.split("\\.");
		Map<String, Object> target = body;
		for (int i = 0; i < parts.length - 1; i++) {
			Object nested = target.get(parts[i]);
			Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) nested);
			target.put(parts[i], copy);
			target = copy;
		}
		String last = parts[parts.length - 1];
		if (last.endsWith("[0]")) {
			String name = last.substring(0, last.length() - 3);
			List<Object> list = new ArrayList<>((List<Object>) target.get(name));
			if (list.isEmpty()) {
				list.add(value);
			}
			else {
				list.set(0, value);
			}
			target.put(name, list);
		}
		else {
			target.put(last, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> copy(Map<String, Object> body) {
		return JSON.convertValue(body, LinkedHashMap.class);
	}

	private static <T> T pick(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private HttpResponse<String> send(Input input) throws Exception {
		String credentials = input.account().equals("donor") ? "donor-" + ORGANIZATION.toLowerCase() + ":demo"
				: "secretariat:demo";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + input.path()))
			.timeout(Duration.ofSeconds(30))
			.method(input.method(), HttpRequest.BodyPublishers.ofByteArray(input.body()))
			.header("Content-Type", input.contentType())
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		input.headers().forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String preview(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		return text.length() > 200 ? text.substring(0, 200) + "… (" + body.length + " bytes)" : text;
	}

}
