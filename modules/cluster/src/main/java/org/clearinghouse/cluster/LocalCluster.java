package org.clearinghouse.cluster;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code infra/local-cluster.sh start|stop|status}: the local cluster of one machine. Its
 * processes outlive this launcher; {@code stop} finds them again by their pid files.
 */
public final class LocalCluster {

	private LocalCluster() {
	}

	/**
	 * Arguments: the checkout's directory, then {@code start}, {@code stop} or
	 * {@code status}.
	 */
	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: LocalCluster CHECKOUT start|stop|status");
			System.exit(2);
		}
		ClusterLayout layout = ClusterLayout.local(Path.of(args[0]).toAbsolutePath());
		Cluster cluster = new Cluster(layout);
		switch (args[1]) {
			case "start" -> {
				if (cluster.status().stream().anyMatch(line -> line.contains("running, pid"))) {
					System.err.println("The local cluster runs already:");
					cluster.status().forEach(System.err::println);
					System.exit(1);
				}
				if (!Files.exists(layout.serviceJar())) {
					System.err.println("No service jar at " + layout.serviceJar() + ": build it first");
					System.exit(1);
				}
				try {
					cluster.start();
				}
				catch (RuntimeException ex) {
					System.err.println("The cluster did not start: " + ex.getMessage());
					cluster.close();
					System.exit(1);
				}
				cluster.status().forEach(System.out::println);
				System.out.println("PostgreSQL: " + layout.jdbcUrl() + " (user postgres)");
				System.out.println("Kafka: " + layout.bootstrapServers());
				System.out.println("Logs: " + layout.logs() + "; sign in as secretariat / demo");
			}
			case "stop" -> cluster.stopFromPidFiles();
			case "status" -> {
				var lines = cluster.status();
				if (lines.isEmpty()) {
					System.out.println("The local cluster is not running");
				}
				lines.forEach(System.out::println);
			}
			default -> {
				System.err.println("usage: LocalCluster CHECKOUT start|stop|status");
				System.exit(2);
			}
		}
		System.exit(0);
	}

}
