package org.clearinghouse.request;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clearinghouse.vocabulary.FeedbackOutcome;

/** Records the requesting State's answer to the follow-up: was the request met? */
public record RecordRequestFeedback(@TargetAggregateIdentifier RequestId requestId, FeedbackOutcome outcome,
		String comment) {

}
