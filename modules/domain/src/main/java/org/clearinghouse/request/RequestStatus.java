package org.clearinghouse.request;

/** Where a request stands in its life. */
public enum RequestStatus {

	OPEN, WITHDRAWN, CLOSED

}
