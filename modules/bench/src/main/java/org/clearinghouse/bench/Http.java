package org.clearinghouse.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A signed-in HTTP client for the service under load. */
final class Http {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	private final String authorization = "Basic "
			+ Base64.getEncoder().encodeToString("secretariat:demo".getBytes(StandardCharsets.UTF_8));

	Http(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> post(String path, String json) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A GET, tried once more if the connection fails: a pooled connection left idle
	 * longer than the server keeps it (while the benchmark loads the database directly)
	 * is closed under the client's feet.
	 */
	HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", authorization)
			.GET()
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException stale) {
			Thread.sleep(100);
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

}
