package org.clearinghouse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the API under test, signed in as one account. */
public final class Api {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private Api(int port, String authorization) {
		this.base = "http://localhost:" + port;
		this.authorization = authorization;
	}

	public static Api as(int port, String username, String password) {
		return new Api(port, "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public static Api secretariat(int port) {
		return as(port, "secretariat", "demo");
	}

	public static Api anonymous(int port) {
		return new Api(port, null);
	}

	public Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	public Response post(String path, Object body, String idempotencyKey) {
		return send("POST", path, body, Map.of("Idempotency-Key", idempotencyKey));
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	public Response send(String method, String path, Object body, Map<String, String> headers) {
		try {
			String text = body == null ? "" : body instanceof String raw ? raw : JSON.writeValueAsString(body);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.method(method,
						body == null ? HttpRequest.BodyPublishers.noBody()
								: HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
				.header("Content-Type", "application/json");
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			headers.forEach(request::header);
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
	}

	/** A JSON body as a mutable map, to vary one field in a test. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> mutable(Map<String, Object> body) {
		return JSON.convertValue(body, LinkedHashMap.class);
	}

	public record Response(int status, Map<String, List<String>> headers, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (Exception ex) {
				throw new IllegalStateException("not JSON: " + body, ex);
			}
		}

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		/** The fields an {@code application/problem+json} answer names as invalid. */
		public List<String> invalidFields() {
			return json().path("errors").findValuesAsText("field");
		}

	}

}
