package org.clearinghouse.projection;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clearinghouse.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The streaming event processors that feed the projections: their status, a lag gauge for
 * each, and a replay that rebuilds a projection from the event store.
 */
@Component
class Projections {

	static final String LAG_GAUGE = "clearinghouse.projection.lag";

	private static final Logger log = LoggerFactory.getLogger(Projections.class);

	private final EventProcessingConfiguration processing;

	private final EventStore eventStore;

	private final MeterRegistry meters;

	Projections(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry meters) {
		this.processing = processing;
		this.eventStore = eventStore;
		this.meters = meters;
	}

	/**
	 * Registered once the processors exist. The gauge is read when scraped: events behind
	 * the head of the store, -1 if this instance holds none of the processor's segments.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void registerLagGauges() {
		processors().forEach((name, processor) -> Gauge
			.builder(LAG_GAUGE, processor, p -> ProjectionStatus.of(name, p, head()).lag())
			.tag("processor", name)
			.description("events in the store that the processor has not handled yet")
			.baseUnit("events")
			.register(meters));
	}

	List<ProjectionStatus> statuses() {
		OptionalLong head = head();
		return processors().entrySet().stream().map(e -> ProjectionStatus.of(e.getKey(), e.getValue(), head)).toList();
	}

	ProjectionStatus status(String processingGroup) {
		return ProjectionStatus.of(processingGroup, processor(processingGroup), head());
	}

	/**
	 * Rebuilds the projection: the processor stops, its tokens go back to the start of
	 * the store (its reset handler empties its tables), and it starts again, replaying
	 * every event. Only one instance may hold the processor's segments meanwhile; a reset
	 * refuses otherwise.
	 */
	ProjectionStatus replay(String processingGroup) {
		StreamingEventProcessor processor = processor(processingGroup);
		if (!processor.supportsReset()) {
			throw new IllegalStateException("projection " + processingGroup + " cannot be replayed");
		}
		log.info("Replaying projection {} from the event store", processingGroup);
		processor.shutDown();
		try {
			processor.resetTokens();
		}
		finally {
			processor.start();
		}
		return status(processingGroup);
	}

	private StreamingEventProcessor processor(String processingGroup) {
		StreamingEventProcessor processor = processors().get(processingGroup);
		if (processor == null) {
			throw new NotFoundException("projection");
		}
		return processor;
	}

	private Map<String, StreamingEventProcessor> processors() {
		Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
		processing.eventProcessors().forEach((name, processor) -> {
			if (processor instanceof StreamingEventProcessor s) {
				streaming.put(name, s);
			}
		});
		return streaming;
	}

	private OptionalLong head() {
		TrackingToken head = eventStore.createHeadToken();
		return head == null ? OptionalLong.of(-1) : head.position();
	}

}
