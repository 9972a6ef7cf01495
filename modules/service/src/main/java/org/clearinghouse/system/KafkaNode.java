package org.clearinghouse.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
 * embedded broker of a local run and of the tests, or one node of a cluster whose nodes
 * form one controller quorum (the local cluster of {@code infra/local-cluster.sh}). Its
 * ports and log directory are fixed when it is made, so it can be stopped and started
 * again and clients find it where it was, with its records.
 */
public final class KafkaNode implements AutoCloseable {

	private final Path logDirectory;

	private final int nodeId;

	private final int port;

	private final int controllerPort;

	private final String quorumVoters;

	private final String clusterId;

	private final Map<String, String> settings;

	private KafkaRaftServer server;

	/** A single node that is its own quorum; port 0 picks a free one. */
	public KafkaNode(Path logDirectory, int port) {
		this.logDirectory = logDirectory.toAbsolutePath();
		this.nodeId = 1;
		this.port = port == 0 ? freePort() : port;
		this.controllerPort = freePort();
		this.quorumVoters = "1@localhost:" + controllerPort;
		this.clusterId = null;
		this.settings = Map.of("offsets.topic.replication.factor", "1", "transaction.state.log.replication.factor", "1",
				"transaction.state.log.min.isr", "1");
	}

	/**
	 * One node of a cluster.
	 * @param nodeId its id, one of the voters
	 * @param port its client port
	 * @param controllerPort its controller port, as the voters name it
	 * @param quorumVoters every node of the quorum, {@code id@host:controllerPort,...}
	 * @param clusterId the id every node of the cluster is formatted with
	 * @param settings broker settings beyond the listeners (replication factors, minimum
	 * in-sync replicas)
	 */
	public KafkaNode(Path logDirectory, int nodeId, int port, int controllerPort, String quorumVoters, String clusterId,
			Map<String, String> settings) {
		this.logDirectory = logDirectory.toAbsolutePath();
		this.nodeId = nodeId;
		this.port = port;
		this.controllerPort = controllerPort;
		this.quorumVoters = quorumVoters;
		this.clusterId = clusterId;
		this.settings = Map.copyOf(settings);
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
				.setNodeId(nodeId)
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
		return clusterId != null ? clusterId : Uuid.randomUuid().toString();
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
		Map<String, String> config = new HashMap<>(Map.ofEntries(Map.entry("process.roles", "broker,controller"),
				Map.entry("node.id", Integer.toString(nodeId)), Map.entry("controller.quorum.voters", quorumVoters),
				Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
				Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
				Map.entry("controller.listener.names", "CONTROLLER"),
				Map.entry("inter.broker.listener.name", "PLAINTEXT"),
				Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
				Map.entry("log.dirs", logDirectory.toString()), Map.entry("group.initial.rebalance.delay.ms", "0"),
				Map.entry("num.partitions", "1")));
		config.putAll(settings);
		return config;
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
