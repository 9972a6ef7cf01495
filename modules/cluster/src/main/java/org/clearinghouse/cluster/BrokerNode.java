package org.clearinghouse.cluster;

import java.nio.file.Path;
import java.util.Map;

import org.clearinghouse.system.KafkaNode;

/**
 * One Kafka node of the cluster (broker and controller in one, KRaft), as a process of
 * its own. Runs until it is told to stop (SIGTERM), then shuts down in order: its
 * partitions' leadership moves to the other brokers first.
 */
public final class BrokerNode {

	/**
	 * What every broker of a three-node cluster sets: internal topics on all three, and a
	 * write acknowledged only when two brokers hold it.
	 */
	static final Map<String, String> SETTINGS = Map.of("default.replication.factor", "3", "min.insync.replicas", "2",
			"offsets.topic.replication.factor", "3", "transaction.state.log.replication.factor", "3",
			"transaction.state.log.min.isr", "2", "unclean.leader.election.enable", "false",
			"controlled.shutdown.enable", "true");

	private BrokerNode() {
	}

	/**
	 * Arguments: log directory, node id, client port, controller port, quorum voters,
	 * cluster id.
	 */
	public static void main(String[] args) throws Exception {
		KafkaNode node = new KafkaNode(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
				Integer.parseInt(args[3]), args[4], args[5], SETTINGS);
		Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "kafka-stop"));
		node.start();
		System.out.println("Kafka node " + args[1] + " ready: " + node.bootstrapServers());
		Thread.currentThread().join();
	}

}
