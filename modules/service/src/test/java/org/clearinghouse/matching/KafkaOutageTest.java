package org.clearinghouse.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.ProposalTopic;
import org.clearinghouse.system.EmbeddedKafka;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kafka down while proposals are made: commands go on being accepted, and every record
 * arrives once the broker is back.
 */
@ClearinghouseTest
class KafkaOutageTest {

	private static final int REQUESTS = 5;

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String kafka;

	@Test
	void proposals_made_while_the_broker_is_down_all_arrive_once_it_is_back() {
		Api secretariat = Api.secretariat(port);
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", "BWC-ISU"));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", List.of("BOL"));
		offer.put("areas", List.of("EXPORT_CONTROL", "LEGISLATION"));
		offer.put("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"));
		offer.put("availableUntil", "2099-12-31");
		offer.put("capacity", 50);
		secretariat.post("/api/offers", offer);
		Api donor = Api.as(port, "donor-bwc-isu", "demo");
		await().atMost(Duration.ofSeconds(10)).until(() -> donor.get("/api/proposals").status() == 200);

		EmbeddedKafka.node().stop();
		Set<String> requests = new HashSet<>();
		try {
			for (int i = 0; i < REQUESTS; i++) {
				Map<String, Object> request = Bodies.request();
				request.put("requestingStates", List.of("BOL"));
				request.put("title", "Drafting of export-control legislation, part " + i);
				Api.Response registered = secretariat.post("/api/requests", request);
				assertThat(registered.status()).as("commands are accepted while Kafka is down").isEqualTo(201);
				requests.add(registered.json().path("id").asText());
			}
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(donor.get("/api/proposals").json().findValuesAsText("requestId"))
					.containsAll(requests));
		}
		finally {
			EmbeddedKafka.node().start();
		}

		try (ProposalTopic topic = new ProposalTopic(kafka)) {
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				Set<String> published = new HashSet<>();
				for (ConsumerRecord<String, String> record : topic.poll()) {
					published.add(ProposalTopic.value(record).path("requestId").asText());
				}
				assertThat(published).containsAll(requests);
			});
		}
	}

}
