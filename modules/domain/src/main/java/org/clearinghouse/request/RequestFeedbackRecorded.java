package org.clearinghouse.request;

import org.axonframework.serialization.Revision;
import org.clearinghouse.vocabulary.FeedbackOutcome;

/** The requesting State said whether its request was met. */
@Revision("1")
public record RequestFeedbackRecorded(RequestId requestId, FeedbackOutcome outcome,
		String comment) implements RequestEvent {

}
