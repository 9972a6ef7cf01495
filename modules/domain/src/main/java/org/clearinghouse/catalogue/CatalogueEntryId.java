package org.clearinghouse.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a catalogue entry; its string form is what the event store keeps as
 * aggregate identifier.
 */
public record CatalogueEntryId(UUID value) {

	public CatalogueEntryId {
		Objects.requireNonNull(value, "a catalogue entry id needs a value");
	}

	public static CatalogueEntryId random() {
		return new CatalogueEntryId(UUID.randomUUID());
	}

	/**
	 * The id of a shipped entry, derived from its key: every instance that seeds the
	 * catalogue proposes the same ids, and the event store keeps only the first.
	 */
	public static CatalogueEntryId forKey(String key) {
		return new CatalogueEntryId(UUID.nameUUIDFromBytes(("catalogue\n" + key).getBytes(StandardCharsets.UTF_8)));
	}

	@JsonCreator
	public static CatalogueEntryId of(String value) {
		return new CatalogueEntryId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}

}
