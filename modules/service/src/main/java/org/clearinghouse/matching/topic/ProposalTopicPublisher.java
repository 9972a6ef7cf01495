package org.clearinghouse.matching.topic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DisallowReplay;
import org.clearinghouse.matching.AssistanceDelivered;
import org.clearinghouse.matching.MatchClosed;
import org.clearinghouse.matching.MatchConfirmed;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalCancelled;
import org.clearinghouse.matching.ProposalDeclined;
import org.clearinghouse.matching.ProposalEvent;
import org.clearinghouse.matching.ProposalExpired;
import org.clearinghouse.offer.api.OfferReader;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.api.RequestReader;
import org.clearinghouse.system.AggregateEvents;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every proposal and every change of its status to Kafka, from its own event
 * processor: the event store is the outbox. The token advances only after the broker
 * acknowledged the record, so nothing is lost while Kafka is down (the processor retries,
 * and commands go on being accepted); a redelivery carries the same {@code eventId}.
 */
@Component
@ProcessingGroup(ProposalTopicPublisher.PROCESSING_GROUP)
@DisallowReplay
class ProposalTopicPublisher {

	static final String PROCESSING_GROUP = "proposal-topic";

	static final String EVENT_ID_HEADER = "eventId";

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

	private final KafkaTemplate<String, String> kafka;

	private final AggregateEvents events;

	private final RequestReader requests;

	private final OfferReader offers;

	private final ObjectMapper json;

	private final ProposalTopicProperties topic;

	private final Counter published;

	private final Counter failures;

	ProposalTopicPublisher(KafkaTemplate<String, String> kafka, AggregateEvents events, RequestReader requests,
			OfferReader offers, ObjectMapper json, ProposalTopicProperties topic, MeterRegistry meters) {
		this.kafka = kafka;
		this.events = events;
		this.requests = requests;
		this.offers = offers;
		this.json = json;
		this.topic = topic;
		this.published = Counter.builder("clearinghouse.kafka.published")
			.description("proposal records acknowledged by Kafka")
			.register(meters);
		this.failures = Counter.builder("clearinghouse.kafka.publish.failures")
			.description("proposal records Kafka did not acknowledge; each is retried")
			.register(meters);
	}

	@EventHandler
	void on(MatchProposed event, EventMessage<?> message) {
		publish(message, event, "PROPOSED", null);
	}

	@EventHandler
	void on(ProposalAccepted event, EventMessage<?> message) {
		publish(message, event, "ACCEPTED", null);
	}

	@EventHandler
	void on(ProposalDeclined event, EventMessage<?> message) {
		publish(message, event, "DECLINED", event.reason());
	}

	@EventHandler
	void on(ProposalExpired event, EventMessage<?> message) {
		publish(message, event, "EXPIRED", null);
	}

	@EventHandler
	void on(ProposalCancelled event, EventMessage<?> message) {
		publish(message, event, "CANCELLED", event.reason());
	}

	@EventHandler
	void on(MatchConfirmed event, EventMessage<?> message) {
		publish(message, event, "CONFIRMED", null);
	}

	@EventHandler
	void on(AssistanceDelivered event, EventMessage<?> message) {
		publish(message, event, "DELIVERED", event.note());
	}

	@EventHandler
	void on(MatchClosed event, EventMessage<?> message) {
		publish(message, event, "CLOSED", event.outcome().name());
	}

	private void publish(EventMessage<?> message, ProposalEvent event, String status, String reason) {
		MatchProposed proposal = events.first("MatchProposal", event.proposalId().toString(), MatchProposed.class);
		ProposalRecord record = new ProposalRecord(ProposalRecord.SCHEMA_VERSION, message.getIdentifier(),
				event.proposalId().toString(), event.requestId().toString(), event.offerId().toString(),
				event.providerCode().value(), status, proposal.score(), proposal.reasons(), reason,
				proposal.expiresAt(), message.getTimestamp(), sharedRequest(event), offerTitle(event));
		ProducerRecord<String, String> producerRecord = new ProducerRecord<>(topic.name(), event.providerCode().value(),
				write(record));
		producerRecord.headers().add(EVENT_ID_HEADER, message.getIdentifier().getBytes(StandardCharsets.UTF_8));
		try {
			kafka.send(producerRecord).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			published.increment();
		}
		catch (ExecutionException | TimeoutException ex) {
			failures.increment();
			throw new IllegalStateException("Kafka did not acknowledge the record for " + event.proposalId(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failures.increment();
			throw new IllegalStateException("interrupted while publishing " + event.proposalId(), ex);
		}
	}

	/** The request as it stands, read from its own events. */
	private ProposalRecord.SharedRequest sharedRequest(ProposalEvent event) {
		RequestDetails details = requests.read(event.requestId()).details();
		return new ProposalRecord.SharedRequest(details.title(), details.description(),
				details.requestingStates().stream().map(Object::toString).toList(),
				details.areas().stream().map(Enum::name).toList(),
				details.assistanceTypes().stream().map(Enum::name).toList(),
				details.neededBy() == null ? null : details.neededBy().toString());
	}

	private String offerTitle(ProposalEvent event) {
		return offers.read(event.offerId()).details().title();
	}

	private String write(ProposalRecord record) {
		try {
			return json.writeValueAsString(record);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a proposal record is a plain record", ex);
		}
	}

}
