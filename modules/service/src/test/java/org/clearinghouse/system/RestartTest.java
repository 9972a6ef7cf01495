package org.clearinghouse.system;

import static org.assertj.core.api.Assertions.assertThat;

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
 * What was registered is still there after the service stops and starts on the same
 * database.
 */
class RestartTest {

	@Test
	void a_request_and_its_history_survive_a_restart() {
		String database = "restart_" + UUID.randomUUID().toString().replace("-", "");
		String location;
		JsonNode before;
		try (ConfigurableApplicationContext first = start(database)) {
			Api api = Api.secretariat(port(first));
			location = api.post("/api/requests", Bodies.request()).header("Location");
			Map<String, Object> amended = Bodies.request();
			amended.put("title", "Amended before the restart");
			api.put(location, amended);
			before = api.get(location).json();
		}

		try (ConfigurableApplicationContext second = start(database)) {
			JsonNode after = Api.secretariat(port(second)).get(location).json();

			assertThat(after).isEqualTo(before);
			assertThat(after.path("title").asText()).isEqualTo("Amended before the restart");
			assertThat(after.path("history").findValuesAsText("event")).containsExactly("RequestRegistered",
					"RequestAcknowledged", "RequestPublished", "RequestAmended");
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(ClearinghouseApplication.class).run("--server.port=0",
				"--clearinghouse.embedded.postgres.ephemeral=true",
				"--clearinghouse.embedded.postgres.database=" + database);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
