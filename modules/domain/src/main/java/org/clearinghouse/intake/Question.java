package org.clearinghouse.intake;

import java.util.Objects;

/**
 * A question the secretariat can ask the requesting State: a message key, so pages can
 * translate it, and its default English text.
 */
public record Question(String key, String text) {

	public Question {
		Objects.requireNonNull(key, "a question needs a message key");
		Objects.requireNonNull(text, "a question needs its default text");
	}

}
