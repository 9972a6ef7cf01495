package org.clearinghouse.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker (KRaft) in the JVM when no {@code spring.kafka.bootstrap-servers}
 * is configured: the default of a local run and of the tests. It starts before the
 * application context, so everything that talks to Kafka sees its address as an ordinary
 * property. One broker serves the whole JVM.
 */
public class EmbeddedKafka implements EnvironmentPostProcessor {

	private static EmbeddedKafkaKraftBroker broker;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.kafka.bootstrap-servers")
				|| !environment.getProperty("clearinghouse.embedded.kafka.enabled", Boolean.class, true)) {
			return;
		}
		String servers = start(environment);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embedded-kafka",
					Map.of("spring.kafka.bootstrap-servers", servers, "clearinghouse.embedded.kafka.running", "true")));
	}

	private static synchronized String start(ConfigurableEnvironment environment) {
		if (broker == null) {
			EmbeddedKafkaKraftBroker embedded = new EmbeddedKafkaKraftBroker(1, 1);
			if (!environment.getProperty("clearinghouse.embedded.postgres.ephemeral", Boolean.class, false)) {
				Path logs = Path
					.of(environment.getProperty("clearinghouse.embedded.kafka.log-directory", "data/kafka"));
				try {
					Files.createDirectories(logs);
				}
				catch (java.io.IOException ex) {
					throw new IllegalStateException("cannot create the Kafka log directory " + logs, ex);
				}
				embedded.brokerProperty("log.dirs", logs.toAbsolutePath().toString());
			}
			embedded.afterPropertiesSet();
			Runtime.getRuntime().addShutdownHook(new Thread(embedded::destroy));
			broker = embedded;
		}
		return broker.getBrokersAsString();
	}

	/**
	 * The running embedded broker, for tests that stop and start it; null if none runs.
	 */
	public static synchronized EmbeddedKafkaKraftBroker broker() {
		return broker;
	}

}
