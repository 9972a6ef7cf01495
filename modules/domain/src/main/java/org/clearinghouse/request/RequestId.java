package org.clearinghouse.request;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a request; its string form is what the event store keeps as aggregate
 * identifier.
 */
public record RequestId(UUID value) {

	public RequestId {
		Objects.requireNonNull(value, "a request id needs a value");
	}

	public static RequestId random() {
		return new RequestId(UUID.randomUUID());
	}

	@JsonCreator
	public static RequestId of(String value) {
		return new RequestId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
