package org.clearinghouse.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real Kafka node in the JVM when no {@code spring.kafka.bootstrap-servers} is
 * configured: the default of a local run (port 9092, records kept in {@code data/kafka})
 * and of the tests (a free port, a throw-away directory). It starts before the
 * application context, so everything that talks to Kafka sees its address as an ordinary
 * property. One node serves the whole JVM.
 */
public class EmbeddedKafka implements EnvironmentPostProcessor {

	private static KafkaNode node;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.kafka.bootstrap-servers")
				|| !environment.getProperty("clearinghouse.embedded.kafka.enabled", Boolean.class, true)) {
			return;
		}
		String servers = start(environment);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embedded-kafka", Map.of("spring.kafka.bootstrap-servers", servers)));
	}

	private static synchronized String start(ConfigurableEnvironment environment) {
		if (node == null) {
			boolean ephemeral = environment.getProperty("clearinghouse.embedded.postgres.ephemeral", Boolean.class,
					false);
			try {
				Path logs = ephemeral ? Files.createTempDirectory("clearinghouse-kafka")
						: Path.of(environment.getProperty("clearinghouse.embedded.kafka.log-directory", "data/kafka"));
				int port = environment.getProperty("clearinghouse.embedded.kafka.port", Integer.class,
						ephemeral ? 0 : 9092);
				node = new KafkaNode(logs, port);
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot make a directory for the embedded Kafka", ex);
			}
			node.start();
			KafkaNode started = node;
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
		}
		return node.bootstrapServers();
	}

	/** The embedded Kafka node, for tests that stop and start it; null if none runs. */
	public static synchronized KafkaNode node() {
		return node;
	}

}
