package org.clearinghouse.request;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publishes the request's summary: consent was given, or the objection period passed in
 * silence.
 */
public record PublishRequest(@TargetAggregateIdentifier RequestId requestId) {

}
