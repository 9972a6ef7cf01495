package org.clearinghouse.request;

/** Every event in a request's life, so that readers can switch over them exhaustively. */
public sealed interface RequestEvent permits RequestRegistered, RequestAmended, RequestPublicationObjected,
		RequestPublished, RequestUnpublished, RequestWithdrawn, RequestClosed, RequestAcknowledged, RequestCirculated,
		RequestCirculationOverdue, RequestFollowUpDue, RequestFeedbackRecorded, RequestJoinedToJointRequest {

	RequestId requestId();

}
