package org.clearinghouse.vocabulary;

/** Whether a request was met, as its State or the provider says when asked. */
public enum FeedbackOutcome {

	MET, PARTLY_MET, NOT_MET

}
