package org.clearinghouse.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each event processor is behind the event store, in events: the gauge
 * {@code clearinghouse.processor.lag} with the tag {@code group}. It counts the segments
 * this instance holds; with several instances, each reports its own.
 */
@Component
class ProcessorLag {

	private final EventProcessingConfiguration processing;

	private final JdbcClient db;

	private final MeterRegistry meters;

	ProcessorLag(EventProcessingConfiguration processing, JdbcClient db, MeterRegistry meters) {
		this.processing = processing;
		this.db = db;
		this.meters = meters;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		processing.eventProcessors().forEach((name, processor) -> {
			if (processor instanceof StreamingEventProcessor streaming) {
				Gauge.builder("clearinghouse.processor.lag", streaming, this::lag)
					.tag("group", name)
					.description("events in the store not yet handled by this processor")
					.baseUnit("events")
					.register(meters);
			}
		});
	}

	private double lag(StreamingEventProcessor processor) {
		long head = db.sql("select coalesce(max(global_index), 0) from domain_event_entry").query(Long.class).single();
		long slowest = processor.processingStatus()
			.values()
			.stream()
			.map(EventTrackerStatus::getCurrentPosition)
			.mapToLong(position -> position.orElse(0))
			.min()
			.orElse(head);
		return Math.max(0, head - slowest);
	}

}
