package org.clearinghouse.system;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} header. A registration with a key gets an id derived from
 * the key and the account, so even two racing retries create one aggregate: the event
 * store refuses the second.
 */
public final class IdempotencyKeys {

	public static final String HEADER = "Idempotency-Key";

	public static final int MAX_LENGTH = 200;

	private IdempotencyKeys() {
	}

	public static UUID derivedId(String kind, Principal principal, String key) {
		String scope = kind + "\n" + (principal == null ? "" : principal.getName()) + "\n" + key;
		return UUID.nameUUIDFromBytes(scope.getBytes(StandardCharsets.UTF_8));
	}

}
