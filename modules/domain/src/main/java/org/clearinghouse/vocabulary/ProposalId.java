package org.clearinghouse.vocabulary;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a match proposal. It is derived from the pair it proposes, so the event
 * store itself refuses to propose the same request and offer twice.
 */
public record ProposalId(UUID value) {

	public ProposalId {
		Objects.requireNonNull(value, "a proposal id needs a value");
	}

	/**
	 * The proposal of one offer for one request: the same pair always gets the same id.
	 */
	public static ProposalId forPair(UUID request, UUID offer) {
		return new ProposalId(
				UUID.nameUUIDFromBytes(("proposal\n" + request + "\n" + offer).getBytes(StandardCharsets.UTF_8)));
	}

	@JsonCreator
	public static ProposalId of(String value) {
		return new ProposalId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
