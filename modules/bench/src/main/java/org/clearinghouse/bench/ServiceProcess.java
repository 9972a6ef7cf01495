package org.clearinghouse.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The service as its own JVM, as it runs in production: started, probed and stopped by
 * the benchmark.
 */
final class ServiceProcess implements AutoCloseable {

	private final Process process;

	final int port;

	final Duration startTime;

	private ServiceProcess(Process process, int port, Duration startTime) {
		this.process = process;
		this.port = port;
		this.startTime = startTime;
	}

	/**
	 * Launches the service jar against the given database and Kafka, and waits until it
	 * is healthy.
	 */
	static ServiceProcess start(Path jar, String jdbcUrl, String kafka, Path log) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-XX:+UseG1GC", "-jar", jar.toString(),
				"--server.port=" + port, "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.maximum-pool-size=40", "--spring.kafka.bootstrap-servers=" + kafka,
				"--clearinghouse.security.demo=true", "--logging.level.root=WARN",
				"--logging.level.org.clearinghouse=INFO"));
		long launched = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.build();
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the service stopped while starting; see " + log);
			}
			try {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("UP")) {
					return new ServiceProcess(process, port, Duration.ofNanos(System.nanoTime() - launched));
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(50);
		}
	}

	long pid() {
		return process.pid();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
