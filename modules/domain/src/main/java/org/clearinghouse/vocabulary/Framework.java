package org.clearinghouse.vocabulary;

import java.util.Objects;

/**
 * The framework of a joint request, e.g. {@code CUSTOMS_UNION} "East African Community
 * Customs Union", or the regional organization that files a request on behalf of its
 * members.
 */
public record Framework(FrameworkKind kind, String name) {

	public static final int MAX_NAME_LENGTH = 200;

	public Framework {
		Objects.requireNonNull(kind, "a framework needs a kind");
		name = Text.requireLine(name, MAX_NAME_LENGTH, "a framework needs a name");
	}

}
