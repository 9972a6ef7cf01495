package org.clearinghouse.request;

/**
 * Registers a request; the id is chosen by the caller, so a retried registration is
 * recognised.
 */
public record RegisterRequest(RequestId requestId, RequestDetails details) {

}
