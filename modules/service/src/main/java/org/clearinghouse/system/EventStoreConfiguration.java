package org.clearinghouse.system;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on PostgreSQL through JDBC, without Axon Server. Axon's own JDBC configuration
 * builds the event store, token store and saga store; this names their tables as the
 * Flyway migrations create them (snake case, payloads in {@code bytea}, never large
 * objects), and records who sent each command on the events it causes.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

	@Bean
	EventSchema eventSchema() {
		return EventSchema.builder()
			.eventTable("domain_event_entry")
			.snapshotTable("snapshot_event_entry")
			.globalIndexColumn("global_index")
			.timestampColumn("time_stamp")
			.eventIdentifierColumn("event_identifier")
			.aggregateIdentifierColumn("aggregate_identifier")
			.sequenceNumberColumn("sequence_number")
			.typeColumn("type")
			.payloadTypeColumn("payload_type")
			.payloadRevisionColumn("payload_revision")
			.payloadColumn("payload")
			.metaDataColumn("meta_data")
			.build();
	}

	@Bean
	TokenSchema tokenSchema() {
		return TokenSchema.builder()
			.setTokenTable("token_entry")
			.setProcessorNameColumn("processor_name")
			.setSegmentColumn("segment")
			.setTokenColumn("token")
			.setTokenTypeColumn("token_type")
			.setTimestampColumn("timestamp")
			.setOwnerColumn("owner")
			.build();
	}

	@Bean
	SagaSqlSchema sagaSqlSchema() {
		return new PostgresSagaSqlSchema(SagaSchema.builder()
			.sagaEntryTable("saga_entry")
			.associationValueEntryTable("association_value_entry")
			.sagaIdColumn("saga_id")
			.sagaTypeColumn("saga_type")
			.revisionColumn("revision")
			.serializedSagaColumn("serialized_saga")
			.associationKeyColumn("association_key")
			.associationValueColumn("association_value")
			.build());
	}

	/**
	 * Events, commands, tokens and sagas as JSON, with a mapper of their own: a tolerant
	 * reader (unknown fields are ignored, so old code reads newer events) apart from the
	 * strict one the API uses for what clients send.
	 */
	@Bean
	@Primary
	Serializer serializer(RevisionResolver revisionResolver) {
		ObjectMapper json = JsonMapper.builder()
			.findAndAddModules()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.build();
		return JacksonSerializer.builder().objectMapper(json).revisionResolver(revisionResolver).build();
	}

	@Bean
	@Qualifier("eventSerializer")
	Serializer eventSerializer(Serializer serializer) {
		return serializer;
	}

	@Bean
	@Qualifier("messageSerializer")
	Serializer messageSerializer(Serializer serializer) {
		return serializer;
	}

	/**
	 * PostgreSQL reports a duplicate key as SQL state 23505 in a plain
	 * {@code PSQLException}; Axon's default resolver would not see it, and a concurrent
	 * write to one aggregate would be a generic failure instead of a
	 * {@code ConcurrencyException} that can be retried.
	 */
	@Bean
	PersistenceExceptionResolver persistenceExceptionResolver() {
		return new SQLStateResolver();
	}

	/**
	 * Declared here because declaring any correlation provider switches off Axon's
	 * default one.
	 */
	@Bean
	CorrelationDataProvider messageOriginProvider() {
		return new MessageOriginProvider();
	}

	@Bean
	CorrelationDataProvider actorCorrelation() {
		return new SimpleCorrelationDataProvider(CurrentActor.METADATA_KEY);
	}

	/** Runs on the caller's thread, where the signed-in account is known. */
	@Bean
	MessageDispatchInterceptor<CommandMessage<?>> actorOnCommands() {
		return messages -> (index, command) -> command.getMetaData().containsKey(CurrentActor.METADATA_KEY) ? command
				: command.andMetaData(Map.of(CurrentActor.METADATA_KEY, CurrentActor.name()));
	}

	/**
	 * Events are stamped by Axon's clock; it is the application's one clock, so tests can
	 * move it.
	 */
	@Bean
	InitializingBean axonUsesTheApplicationClock(Clock clock) {
		return () -> GenericEventMessage.clock = clock;
	}

}
