package org.clearinghouse.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The secretariat's HTTP client, to any instance of the cluster. */
final class Http {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString("secretariat:demo".getBytes(StandardCharsets.UTF_8));

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(3))
		.build();

	HttpResponse<String> post(int port, String path, Object body) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.header("Authorization", AUTHORIZATION)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	JsonNode get(int port, String path) throws Exception {
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", AUTHORIZATION)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
		}
		return JSON.readTree(answer.body());
	}

	/** The id at the end of a 201's {@code Location}. */
	static String createdId(HttpResponse<String> answer) {
		String location = answer.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
