package org.clearinghouse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer on the proposals topic, as a provider's own system would read
 * it.
 */
public final class ProposalTopic implements AutoCloseable {

	public static final String NAME = "clearinghouse.match-proposals";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

	public ProposalTopic(String bootstrapServers) {
		consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
		consumer.subscribe(List.of(NAME));
	}

	/** Everything received so far, polling once more. */
	public List<ConsumerRecord<String, String>> poll() {
		consumer.poll(Duration.ofMillis(500)).forEach(received::add);
		return List.copyOf(received);
	}

	public static JsonNode value(ConsumerRecord<String, String> record) {
		try {
			return JSON.readTree(record.value());
		}
		catch (Exception ex) {
			throw new IllegalStateException("not JSON: " + record.value(), ex);
		}
	}

	@Override
	public void close() {
		consumer.close();
	}

}
