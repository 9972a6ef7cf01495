package org.clearinghouse.system;

/**
 * An {@code Idempotency-Key} sent again with another body: the client must use a new key.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException() {
		super("this Idempotency-Key was used for another request; use a new key");
	}

}
