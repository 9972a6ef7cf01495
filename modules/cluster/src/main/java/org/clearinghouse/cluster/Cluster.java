package org.clearinghouse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the processes of a local cluster: one PostgreSQL, three Kafka nodes
 * forming one KRaft quorum, three service instances, each in its own JVM. Each process
 * writes its log to {@code logs/NAME.log} and its pid to {@code pids/NAME.pid}, and
 * carries {@code -Dclearinghouse.cluster.node=NAME} so that a later {@code stop} finds it
 * again (and never kills an unrelated process that reuses the pid).
 */
public final class Cluster implements AutoCloseable {

	static final String NODE_PROPERTY = "clearinghouse.cluster.node";

	private static final Logger log = LoggerFactory.getLogger(Cluster.class);

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(45);

	private final ClusterLayout layout;

	private final Map<String, ProcessHandle> running = new LinkedHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	public Cluster(ClusterLayout layout) {
		this.layout = layout;
	}

	public ClusterLayout layout() {
		return layout;
	}

	/**
	 * Everything, in order: PostgreSQL, the three Kafka nodes (together: a quorum needs
	 * two), instance 1 (which creates the schema and the topic), then instances 2 and 3.
	 */
	public void start() {
		startPostgres();
		startBrokers();
		launchInstance(1);
		awaitInstance(1);
		launchInstance(2);
		launchInstance(3);
		awaitInstance(2);
		awaitInstance(3);
	}

	public void startPostgres() {
		launch("postgres", "-Xmx64m", PostgresNode.class,
				List.of(layout.directory().resolve("postgres").toString(), Integer.toString(layout.postgresPort())));
		await("PostgreSQL", () -> {
			try (var connection = DriverManager.getConnection(
					"jdbc:postgresql://localhost:" + layout.postgresPort() + "/clearinghouse", "postgres", "")) {
				return connection.isValid(2);
			}
		}, "postgres");
	}

	/** Starts Kafka node {@code n} (1 to 3) and waits until it takes clients. */
	public void startBroker(int n) {
		launchBroker(n);
		awaitPort(layout.brokerPorts().get(n - 1), "kafka-" + n);
	}

	/**
	 * Waits until the cluster's metadata lists {@code count} brokers: the quorum has a
	 * leader and they have registered.
	 */
	public void awaitBrokers(int count) {
		for (int n = 1; n <= ClusterLayout.NODES; n++) {
			if (running.containsKey("kafka-" + n)) {
				awaitPort(layout.brokerPorts().get(n - 1), "kafka-" + n);
			}
		}
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, layout.bootstrapServers());
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
		try (Admin admin = Admin.create(config)) {
			await("a Kafka cluster of " + count,
					() -> admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() >= count, "kafka-1");
		}
	}

	/** Stops Kafka node {@code n} in order (SIGTERM: a controlled shutdown). */
	public void stopBroker(int n) {
		stop("kafka-" + n);
	}

	/** Launches instance {@code n} (1 to 3) without waiting for it. */
	public void launchInstance(int n) {
		List<String> arguments = new ArrayList<>();
		Path shared = layout.infra().resolve("cluster/shared.properties").toAbsolutePath();
		Path own = layout.infra().resolve("cluster/instance-" + n + ".properties").toAbsolutePath();
		arguments.add("--spring.config.additional-location=file:" + shared + ",file:" + own);
		if (layout.addressesOnCommandLine()) {
			arguments.add("--server.port=" + layout.instancePort(n));
			arguments.add("--spring.datasource.url=" + layout.jdbcUrl());
			arguments.add("--spring.kafka.bootstrap-servers=" + layout.bootstrapServers());
		}
		arguments.addAll(layout.instanceArguments());
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC",
				"-XX:+ExitOnOutOfMemoryError", "-D" + NODE_PROPERTY + "=instance-" + n, "-jar",
				layout.serviceJar().toAbsolutePath().toString()));
		command.addAll(arguments);
		spawn("instance-" + n, command);
	}

	/** Waits until instance {@code n} answers healthy. */
	public void awaitInstance(int n) {
		URI health = URI.create("http://localhost:" + layout.instancePort(n) + "/actuator/health");
		await("instance " + n, () -> {
			HttpResponse<String> answer = http.send(
					HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofString());
			return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
		}, "instance-" + n);
	}

	public void startInstance(int n) {
		launchInstance(n);
		awaitInstance(n);
	}

	/** Stops instance {@code n} in order (SIGTERM: it releases its segments). */
	public void stopInstance(int n) {
		stop("instance-" + n);
	}

	/**
	 * Kills instance {@code n} at once (SIGKILL, {@code kill -9}): no shutdown hook, no
	 * claim released.
	 */
	public void killInstance(int n) {
		ProcessHandle process = running.remove("instance-" + n);
		if (process == null) {
			throw new IllegalStateException("instance " + n + " is not running");
		}
		process.destroyForcibly();
		process.onExit().join();
	}

	/**
	 * The pid of a running process ({@code postgres}, {@code kafka-2},
	 * {@code instance-1}).
	 */
	public long pid(String name) {
		ProcessHandle process = running.get(name);
		if (process == null) {
			throw new IllegalStateException(name + " is not running");
		}
		return process.pid();
	}

	public boolean isRunning(String name) {
		ProcessHandle process = running.get(name);
		return process != null && process.isAlive();
	}

	/** Every process, newest first: instances, then Kafka, then PostgreSQL. */
	@Override
	public void close() {
		for (int rank = 0; rank <= 2; rank++) {
			int r = rank;
			stop(running.keySet().stream().filter(name -> rank(name) == r).toList());
		}
	}

	/** Starts the three Kafka nodes together and waits until all have registered. */
	public void startBrokers() {
		for (int n = 1; n <= ClusterLayout.NODES; n++) {
			launchBroker(n);
		}
		awaitBrokers(ClusterLayout.NODES);
	}

	/** Stops the whole Kafka cluster at once, each node in order (SIGTERM). */
	public void stopBrokers() {
		stop(running.keySet().stream().filter(name -> rank(name) == 1).toList());
	}

	/**
	 * Stops the processes a launcher started earlier, from their pid files: the
	 * {@code stop} of {@code infra/local-cluster.sh}.
	 */
	public void stopFromPidFiles() {
		for (String name : recorded()) {
			find(name).ifPresent(process -> running.put(name, process));
		}
		close();
		for (String name : recorded()) {
			deletePidFile(name);
		}
	}

	/**
	 * What runs, from the pid files: the name, pid and, for an instance, its health.
	 */
	public List<String> status() {
		List<String> lines = new ArrayList<>();
		for (String name : recorded()) {
			Optional<ProcessHandle> process = find(name);
			String state = process.map(p -> "running, pid " + p.pid()).orElse("not running");
			if (process.isPresent() && name.startsWith("instance-")) {
				int n = Integer.parseInt(name.substring("instance-".length()));
				state += ", http://localhost:" + layout.instancePort(n) + " " + health(n);
			}
			lines.add(String.format("%-12s %s", name, state));
		}
		return lines;
	}

	private String health(int n) {
		try {
			HttpResponse<String> answer = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + layout.instancePort(n) + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.ofString());
			return answer.statusCode() == 200 ? "UP" : "answers " + answer.statusCode();
		}
		catch (IOException ex) {
			return "not answering";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "?";
		}
	}

	private void launchBroker(int n) {
		launch("kafka-" + n, "-Xmx320m", BrokerNode.class, List.of(layout.directory().resolve("kafka-" + n).toString(),
				Integer.toString(n), Integer.toString(layout.brokerPorts().get(n - 1)),
				Integer.toString(layout.controllerPorts().get(n - 1)), layout.quorumVoters(), kafkaClusterId()));
	}

	/**
	 * One id for the cluster, made once: every node's log directory is formatted with it.
	 */
	private String kafkaClusterId() {
		Path file = layout.directory().resolve("kafka-cluster-id");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(layout.directory());
				Files.writeString(file, Uuid.randomUuid().toString());
			}
			return Files.readString(file).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void launch(String name, String heap, Class<?> main, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(java(), heap, "-XX:+UseSerialGC",
				"-D" + NODE_PROPERTY + "=" + name, "-cp", System.getProperty("java.class.path"), main.getName()));
		command.addAll(arguments);
		spawn(name, command);
	}

	private void spawn(String name, List<String> command) {
		if (isRunning(name)) {
			throw new IllegalStateException(name + " runs already");
		}
		try {
			Files.createDirectories(layout.logs());
			Files.createDirectories(layout.pids());
			Path logFile = layout.logs().resolve(name + ".log");
			Process process = new ProcessBuilder(command).directory(layout.directory().toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
				.start();
			running.put(name, process.toHandle());
			Files.writeString(layout.pids().resolve(name + ".pid"), Long.toString(process.pid()));
			log.info("Started {} (pid {}), log {}", name, process.pid(), logFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + name, ex);
		}
	}

	private void stop(String name) {
		stop(List.of(name));
	}

	/**
	 * Asks them all to stop at once (SIGTERM), and kills those still running after the
	 * timeout. Kafka nodes go together: the last of a quorum stopped one by one waits for
	 * a controller that is gone.
	 */
	private void stop(List<String> names) {
		Map<String, ProcessHandle> stopping = new LinkedHashMap<>();
		for (String name : names) {
			ProcessHandle process = running.remove(name);
			if (process != null && process.isAlive()) {
				process.destroy();
				stopping.put(name, process);
			}
		}
		long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
		stopping.forEach((name, process) -> {
			try {
				process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (Exception slow) {
				log.warn("{} did not stop within {}; killing it", name, STOP_TIMEOUT);
				process.destroyForcibly();
				process.onExit().join();
			}
			log.info("Stopped {}", name);
		});
	}

	private List<String> recorded() {
		if (!Files.isDirectory(layout.pids())) {
			return List.of();
		}
		try (var files = Files.list(layout.pids())) {
			return files.map(f -> f.getFileName().toString())
				.filter(f -> f.endsWith(".pid"))
				.map(f -> f.substring(0, f.length() - ".pid".length()))
				.sorted(Comparator.comparing((String name) -> -rank(name)).thenComparing(name -> name))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The process recorded under this name, if it is still the one we started. */
	private Optional<ProcessHandle> find(String name) {
		try {
			long pid = Long.parseLong(Files.readString(layout.pids().resolve(name + ".pid")).trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info()
					.commandLine()
					.map(c -> c.contains("-D" + NODE_PROPERTY + "=" + name))
					.orElse(false));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private void deletePidFile(String name) {
		try {
			Files.deleteIfExists(layout.pids().resolve(name + ".pid"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Instances stop first, PostgreSQL last. */
	private static int rank(String name) {
		return name.startsWith("instance-") ? 0 : name.startsWith("kafka-") ? 1 : 2;
	}

	private void awaitPort(int port, String name) {
		await(name, () -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 1000);
				return true;
			}
		}, name);
	}

	private void await(String what, Check check, String process) {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		Exception last = null;
		while (System.nanoTime() < deadline) {
			ProcessHandle handle = running.get(process);
			if (handle != null && !handle.isAlive()) {
				throw new IllegalStateException(
						process + " stopped while starting; see " + layout.logs().resolve(process + ".log"));
			}
			try {
				if (check.ok()) {
					return;
				}
			}
			catch (Exception notYet) {
				last = notYet;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for " + what, ex);
			}
		}
		throw new IllegalStateException(
				what + " not ready within " + START_TIMEOUT + "; see " + layout.logs().resolve(process + ".log"), last);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@FunctionalInterface
	private interface Check {

		boolean ok() throws Exception;

	}

}
