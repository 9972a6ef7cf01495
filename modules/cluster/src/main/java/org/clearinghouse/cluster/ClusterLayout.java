package org.clearinghouse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Where the processes of a local cluster live: one directory for their data, logs and pid
 * files, and the ports of PostgreSQL, of each Kafka node (client and controller) and of
 * each service instance.
 *
 * @param directory data, logs and pid files
 * @param serviceJar the service's runnable jar
 * @param infra the {@code infra} directory with {@code cluster/shared.properties} and
 * {@code cluster/instance-N.properties}
 * @param postgresPort PostgreSQL's port
 * @param brokerPorts each Kafka node's client port
 * @param controllerPorts each Kafka node's controller port
 * @param instancePorts each service instance's HTTP port
 * @param addressesOnCommandLine pass the ports and addresses on each instance's command
 * line, over what its properties files say (the tests, on free ports); otherwise the
 * files alone configure it (the local cluster, whose ports they name)
 * @param instanceArguments further arguments for every instance
 */
public record ClusterLayout(Path directory, Path serviceJar, Path infra, int postgresPort, List<Integer> brokerPorts,
		List<Integer> controllerPorts, List<Integer> instancePorts, boolean addressesOnCommandLine,
		List<String> instanceArguments) {

	static final int NODES = 3;

	/**
	 * The local cluster of {@code infra/local-cluster.sh}: the ports that
	 * {@code infra/cluster/*.properties} name, data under {@code data/cluster}.
	 */
	public static ClusterLayout local(Path checkout) {
		return new ClusterLayout(checkout.resolve("data/cluster"),
				checkout.resolve("modules/service/target/clearinghouse-service-0.1.0-SNAPSHOT-exec.jar"),
				checkout.resolve("infra"), 15432, List.of(19092, 19093, 19094), List.of(19192, 19193, 19194),
				List.of(8081, 8082, 8083), false, List.of());
	}

	/** A cluster on free ports, for a test. */
	public static ClusterLayout onFreePorts(Path directory, Path serviceJar, Path infra,
			List<String> instanceArguments) {
		List<Integer> ports = freePorts(1 + 3 * NODES);
		return new ClusterLayout(directory, serviceJar, infra, ports.get(0), ports.subList(1, 1 + NODES),
				ports.subList(1 + NODES, 1 + 2 * NODES), ports.subList(1 + 2 * NODES, 1 + 3 * NODES), true,
				List.copyOf(instanceArguments));
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgresPort + "/clearinghouse";
	}

	public String bootstrapServers() {
		return brokerPorts.stream().map(port -> "localhost:" + port).collect(Collectors.joining(","));
	}

	/** The controller quorum, {@code 1@localhost:port,2@...}: every node is a voter. */
	String quorumVoters() {
		return IntStream.range(0, NODES)
			.mapToObj(i -> (i + 1) + "@localhost:" + controllerPorts.get(i))
			.collect(Collectors.joining(","));
	}

	/** Instance {@code n} (1 to 3): its HTTP port. */
	public int instancePort(int n) {
		return instancePorts.get(n - 1);
	}

	Path logs() {
		return directory.resolve("logs");
	}

	Path pids() {
		return directory.resolve("pids");
	}

	private static List<Integer> freePorts(int count) {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0));
			}
			return sockets.stream().map(ServerSocket::getLocalPort).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (ServerSocket socket : sockets) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// it was only holding the port
				}
			}
		}
	}

}
