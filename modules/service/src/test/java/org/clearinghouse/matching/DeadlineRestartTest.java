package org.clearinghouse.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.clearinghouse.ClearinghouseApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A proposal's expiry is set before the service stops and still fires after it starts
 * again.
 */
class DeadlineRestartTest {

	@Test
	void a_deadline_set_before_a_restart_fires_after_it() {
		String database = "deadline_" + UUID.randomUUID().toString().replace("-", "");
		String proposalId;
		try (ConfigurableApplicationContext first = start(database)) {
			Api secretariat = Api.secretariat(port(first));
			Map<String, Object> offer = Bodies.offer();
			offer.put("availableUntil", "2099-12-31");
			offer.put("areas", List.of("EXPORT_CONTROL", "LEGISLATION"));
			offer.put("assistanceTypes", List.of("LEGISLATIVE_DRAFTING"));
			secretariat.post("/api/offers", offer);
			secretariat.post("/api/requests", Bodies.request());
			proposalId = await().atMost(Duration.ofSeconds(15)).until(() -> {
				JsonNode proposals = secretariat.get("/api/proposals").json();
				return proposals.size() == 1 ? proposals.get(0).path("proposalId").asText() : null;
			}, id -> id != null);
			assertThat(secretariat.get("/api/proposals").json().get(0).path("status").asText())
				.as("still waiting for an answer when the service stops")
				.isEqualTo("PROPOSED");
		}

		try (ConfigurableApplicationContext second = start(database)) {
			Api secretariat = Api.secretariat(port(second));
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(secretariat.get("/api/proposals").json().get(0).path("status").asText())
					.isEqualTo("EXPIRED"));
			assertThat(secretariat.get("/api/proposals").json().get(0).path("proposalId").asText())
				.isEqualTo(proposalId);
		}
	}

	/**
	 * Proposals expire after 6 seconds here, so the restart happens while the expiry is
	 * pending.
	 */
	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(ClearinghouseApplication.class).run("--server.port=0",
				"--clearinghouse.embedded.postgres.ephemeral=true",
				"--clearinghouse.embedded.postgres.database=" + database, "--clearinghouse.matching.answer-within=6s");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
