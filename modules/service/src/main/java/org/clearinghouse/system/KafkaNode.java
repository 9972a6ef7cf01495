package org.clearinghouse.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One real Kafka node in KRaft mode (broker and controller in one), in this JVM: the
 * embedded broker of a local run and of the tests. Its ports and log directory are fixed
 * when it is made, so it can be stopped and started again and clients find it where it
 * was, with its records.
 */
public final class KafkaNode implements AutoCloseable {

	private final Path logDirectory;

	private final int port;

	private final int controllerPort;

	private KafkaRaftServer server;

	public KafkaNode(Path logDirectory, int port) {
		this.logDirectory = logDirectory.toAbsolutePath();
		this.port = port == 0 ? freePort() : port;
		this.controllerPort = freePort();
	}

	public String bootstrapServers() {
		return "localhost:" + port;
	}

	public synchronized void start() {
		if (server != null) {
			return;
		}
		try {
			Files.createDirectories(logDirectory);
			new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
				.setNodeId(1)
				.setClusterId(clusterId())
				.setDirectories(List.of(logDirectory.toString()))
				.setMetadataLogDirectory(logDirectory.toString())
				.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
				.setControllerListenerName("CONTROLLER")
				// a directory formatted by an earlier run keeps its cluster id and its
				// records
				.setIgnoreFormatted(true)
				.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot format Kafka's log directory " + logDirectory, ex);
		}
		server = new KafkaRaftServer(new KafkaConfig(config(), false), Time.SYSTEM);
		server.startup();
	}

	/**
	 * A directory formatted by an earlier run keeps its cluster id, and so its records.
	 */
	private String clusterId() throws IOException {
		Path meta = logDirectory.resolve("meta.properties");
		if (Files.exists(meta)) {
			Properties properties = new Properties();
			try (var in = Files.newInputStream(meta)) {
				properties.load(in);
			}
			return properties.getProperty("cluster.id");
		}
		return Uuid.randomUuid().toString();
	}

	public synchronized void stop() {
		if (server != null) {
			server.shutdown();
			server.awaitShutdown();
			server = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	private Map<String, String> config() {
		return Map.ofEntries(Map.entry("process.roles", "broker,controller"), Map.entry("node.id", "1"),
				Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
				Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
				Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
				Map.entry("controller.listener.names", "CONTROLLER"),
				Map.entry("inter.broker.listener.name", "PLAINTEXT"),
				Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
				Map.entry("log.dirs", logDirectory.toString()), Map.entry("offsets.topic.replication.factor", "1"),
				Map.entry("transaction.state.log.replication.factor", "1"),
				Map.entry("transaction.state.log.min.isr", "1"), Map.entry("group.initial.rebalance.delay.ms", "0"),
				Map.entry("num.partitions", "1"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
