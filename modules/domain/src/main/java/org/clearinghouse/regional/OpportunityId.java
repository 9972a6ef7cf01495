package org.clearinghouse.regional;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.clearinghouse.request.RequestId;

/**
 * Identifies a regional opportunity by the requests it groups: the same set of requests
 * always gets the same id, whatever the order they are given in.
 */
public record OpportunityId(UUID value) {

	public OpportunityId {
		Objects.requireNonNull(value, "an opportunity id needs a value");
	}

	public static OpportunityId forRequests(Collection<RequestId> requests) {
		String key = requests.stream().map(RequestId::toString).sorted().collect(Collectors.joining("\n"));
		return new OpportunityId(
				UUID.nameUUIDFromBytes(("regional-opportunity\n" + key).getBytes(StandardCharsets.UTF_8)));
	}

	@JsonCreator
	public static OpportunityId of(String value) {
		return new OpportunityId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
