package org.clearinghouse.offer;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an offer; its string form is what the event store keeps as aggregate
 * identifier.
 */
public record OfferId(UUID value) {

	public OfferId {
		Objects.requireNonNull(value, "an offer id needs a value");
	}

	public static OfferId random() {
		return new OfferId(UUID.randomUUID());
	}

	@JsonCreator
	public static OfferId of(String value) {
		return new OfferId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
