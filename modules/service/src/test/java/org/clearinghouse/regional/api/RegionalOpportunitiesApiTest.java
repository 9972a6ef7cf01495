package org.clearinghouse.regional.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.request.RequestRegistered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The regional-opportunities report on the real API and database: three SADC members (no
 * other test uses them) ask for the same area and form of assistance, an offer fits all
 * three; the report finds exactly that group, and the joint request it suggests is
 * registered with all their States, the framework, and its originals, each of which
 * records that the joint request serves it and stops collecting proposals of its own.
 */
@ClearinghouseTest
class RegionalOpportunitiesApiTest {

	private static final List<String> STATES = List.of("ZMB", "MWI", "MOZ");

	@LocalServerPort
	int port;

	@Autowired
	EventStore eventStore;

	@Test
	void finds_the_group_of_three_sadc_requests_and_makes_their_joint_request() {
		Api secretariat = Api.secretariat(port);
		Api committee = Api.as(port, "committee", "demo");
		String offerId = id(secretariat.post("/api/offers", offer()).header("Location"));
		List<String> requestIds = new ArrayList<>();
		for (String state : STATES) {
			requestIds.add(id(secretariat.post("/api/requests", request(state)).header("Location")));
		}

		// Other test classes' requests (e.g. the replay's generated ones from KEN and
		// UGA) may
		// form larger groups with these on the African Union; the three alone form one
		// group.
		List<JsonNode> exactly = await().atMost(Duration.ofSeconds(20))
			.until(() -> groupsOfExactly(committee.get("/api/reports/regional-opportunities").json(), requestIds),
					groups -> groups.size() == 1
							&& groups.get(0).path("offers").findValuesAsText("id").contains(offerId));
		JsonNode group = exactly.get(0);

		assertThat(group.path("requests").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(requestIds);
		assertThat(group.path("requests").findValuesAsText("title")).contains("Nuclear material accounting: ZMB");
		assertThat(group.path("basis").path("kind").asText()).isEqualTo("REGIONAL_ORGANIZATION");
		assertThat(group.path("basis").path("code").asText()).isEqualTo("SADC");
		assertThat(group.path("states").findValuesAsText("code")).containsExactly("MOZ", "MWI", "ZMB");
		assertThat(group.path("states").findValuesAsText("name")).contains("Zambia", "Malawi", "Mozambique");
		assertThat(group.path("shared").path("areas").toString()).isEqualTo("[\"ACCOUNTING\"]");
		assertThat(group.path("shared").path("assistanceTypes").toString()).isEqualTo("[\"EQUIPMENT\"]");
		JsonNode offer = null;
		for (JsonNode candidate : group.path("offers")) {
			if (candidate.path("id").asText().equals(offerId)) {
				offer = candidate;
			}
		}
		assertThat(offer.path("title").asText()).isEqualTo("Accounting equipment for SADC");
		assertThat(offer.path("provider").path("code").asText()).isEqualTo("SADCSEC");
		assertThat(offer.path("capacityRemaining").asInt()).isEqualTo(2);
		JsonNode suggested = group.path("suggestedRequest");
		assertThat(suggested.path("requestingStates").toString()).isEqualTo("[\"MOZ\",\"MWI\",\"ZMB\"]");
		assertThat(suggested.path("framework").path("name").asText())
			.isEqualTo("Southern African Development Community");
		assertThat(suggested.path("publicationConsent").asText()).isEqualTo("REFUSED");
		assertThat(suggested.path("description").asText()).startsWith("Suggested from 3 open requests of MOZ, MWI, ZMB")
			.doesNotContain(group.path("requests").path(0).path("id").asText());
		System.out.println("regional opportunity group: " + group.toPrettyString());

		Api.Response csv = committee.send("GET", "/api/reports/regional-opportunities", null,
				Map.of("Accept", "text/csv"));
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains(group.path("id").asText()).contains("MOZ;MWI;ZMB");

		String groupPath = "/api/reports/regional-opportunities/" + group.path("id").asText() + "/joint-request";
		assertThat(committee.post(groupPath, null).status()).isEqualTo(403);
		Api.Response made = secretariat.post(groupPath, null);

		assertThat(made.status()).isEqualTo(201);
		List<String> originals = StreamSupport.stream(made.json().path("originalRequests").spliterator(), false)
			.map(JsonNode::asText)
			.toList();
		assertThat(originals).containsExactlyInAnyOrderElementsOf(requestIds);
		JsonNode joint = secretariat.get(made.header("Location")).json();
		assertThat(joint.path("requestingStates").toString()).isEqualTo("[\"MOZ\",\"MWI\",\"ZMB\"]");
		assertThat(joint.path("framework").path("kind").asText()).isEqualTo("REGIONAL_ORGANIZATION");
		assertThat(joint.path("framework").path("name").asText()).isEqualTo("Southern African Development Community");
		assertThat(joint.path("areas").toString()).isEqualTo("[\"ACCOUNTING\"]");
		assertThat(joint.path("assistanceTypes").toString()).isEqualTo("[\"EQUIPMENT\"]");
		assertThat(ids(joint.path("originalRequests"))).containsExactlyInAnyOrderElementsOf(requestIds);
		assertThat(joint.path("jointRequest").isNull()).isTrue();
		RequestRegistered registered = (RequestRegistered) eventStore
			.readEvents(made.json().path("jointRequestId").asText())
			.next()
			.getPayload();
		assertThat(registered.originalRequests().stream().map(Object::toString))
			.containsExactlyInAnyOrderElementsOf(requestIds);

		// each original records the joint request that serves it, and its matching stops
		String jointId = made.json().path("jointRequestId").asText();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> requestIds.forEach(original -> {
			JsonNode view = secretariat.get("/api/requests/" + original).json();
			assertThat(view.path("jointRequest").asText()).isEqualTo(jointId);
			assertThat(view.path("history").findValuesAsText("event")).contains("RequestJoinedToJointRequest");
		}));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<JsonNode> proposals = new ArrayList<>();
			secretariat.get("/api/proposals").json().forEach(proposal -> {
				if (requestIds.contains(proposal.path("requestId").asText())) {
					proposals.add(proposal);
				}
			});
			assertThat(proposals).as("the originals' proposals").isNotEmpty();
			assertThat(proposals)
				.allSatisfy(proposal -> assertThat(proposal.path("status").asText()).isEqualTo("CANCELLED"));
		});

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode report = committee.get("/api/reports/regional-opportunities").json();
			assertThat(groupsWithAnyOf(report, requestIds)).isEmpty();
			assertThat(report.path("joinedRequests").toString()).contains(requestIds.get(0));
		});
		assertThat(secretariat.post(groupPath, null).status()).isEqualTo(404);
	}

	@Test
	void the_report_is_for_the_committee_and_the_secretariat_only() {
		assertThat(Api.anonymous(port).get("/api/reports/regional-opportunities").status()).isEqualTo(401);
		Map<String, Object> offer = offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", "SADCPF"));
		offer.put("areas", List.of("OUTREACH"));
		offer.put("eligibleStates", List.of("ZWE"));
		assertThat(Api.secretariat(port).post("/api/offers", offer).status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					Api.as(port, "donor-sadcpf", "demo").get("/api/reports/regional-opportunities").status())
				.isEqualTo(403));
	}

	private static List<JsonNode> groupsOfExactly(JsonNode report, List<String> requestIds) {
		List<JsonNode> groups = new ArrayList<>();
		report.path("groups").forEach(group -> {
			if (Set.copyOf(group.path("requests").findValuesAsText("id")).equals(Set.copyOf(requestIds))) {
				groups.add(group);
			}
		});
		return groups;
	}

	private static List<JsonNode> groupsWithAnyOf(JsonNode report, List<String> requestIds) {
		List<JsonNode> groups = new ArrayList<>();
		report.path("groups").forEach(group -> {
			if (group.path("requests").findValuesAsText("id").stream().anyMatch(requestIds::contains)) {
				groups.add(group);
			}
		});
		return groups;
	}

	private static Map<String, Object> request(String state) {
		Map<String, Object> request = Bodies.request();
		request.put("requestingStates", List.of(state));
		request.put("title", "Nuclear material accounting: " + state);
		request.put("description", "Equipment for the nuclear regulator's material accounting.");
		request.put("areas", List.of("ACCOUNTING"));
		request.put("assistanceTypes", List.of("EQUIPMENT"));
		request.put("weaponCategories", List.of("NUCLEAR"));
		request.put("neededBy", "2099-06-30");
		return request;
	}

	private static Map<String, Object> offer() {
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", "SADCSEC"));
		offer.put("title", "Accounting equipment for SADC");
		offer.put("areas", List.of("ACCOUNTING"));
		offer.put("assistanceTypes", List.of("EQUIPMENT"));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", STATES);
		offer.put("capacity", 2);
		offer.put("availableUntil", "2099-12-31");
		return offer;
	}

	private static List<String> ids(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

	private static String id(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
