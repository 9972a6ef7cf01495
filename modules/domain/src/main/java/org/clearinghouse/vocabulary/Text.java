package org.clearinghouse.vocabulary;

/** The rules every piece of free text obeys: no control characters, bounded length. */
public final class Text {

	private Text() {
	}

	/** A single line: trimmed, not blank, no control characters at all. */
	public static String requireLine(String value, int maxLength, String whenBlank) {
		String text = requireText(value, maxLength, whenBlank);
		if (text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
			throw new IllegalArgumentException("must be a single line");
		}
		return text;
	}

	/**
	 * A paragraph: trimmed, not blank; line breaks and tabs allowed, other control
	 * characters not.
	 */
	public static String requireText(String value, int maxLength, String whenBlank) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(whenBlank);
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			throw new IllegalArgumentException("must be at most " + maxLength + " characters, was " + text.length());
		}
		if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw new IllegalArgumentException("must not contain control characters");
		}
		if (!wellFormed(text)) {
			throw new IllegalArgumentException("must be well-formed Unicode, without half a surrogate pair");
		}
		return text;
	}

	private static boolean wellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/** Like {@link #requireText} but an absent or blank value is the empty string. */
	public static String optionalText(String value, int maxLength) {
		return value == null || value.isBlank() ? "" : requireText(value, maxLength, "");
	}

}
