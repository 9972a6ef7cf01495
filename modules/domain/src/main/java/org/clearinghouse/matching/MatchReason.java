package org.clearinghouse.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.RegionCode;

/**
 * One reason a candidate carries, as data: its kind and the codes it names. Its
 * {@link #text() text} is the English sentence that events, the API and Kafka carry;
 * {@link #parse(String)} reads such a sentence back, so that a page can word the reason
 * in its reader's language.
 *
 * @param codes the common codes (areas, assistance types, weapon categories, languages)
 * @param states for {@link Kind#OPEN_TO}, each requesting State and how the offer is open
 * to it
 */
public record MatchReason(Kind kind, List<String> codes, List<Eligibility> states) {

	/** What a reason says, and the English words that start its text. */
	public enum Kind {

		/** Both cover these areas. */
		AREAS("both cover "),
		/** The offer gives these assistance types. */
		ASSISTANCE_TYPES("offer gives "),
		/** Both address these weapon categories. */
		WEAPON_CATEGORIES("both address "),
		/** The offer works in these languages. */
		LANGUAGES("offer works in "),
		/** The offer names no region and no State. */
		OPEN_TO_EVERY_STATE("offer is open to every State"),
		/** The offer is open to each requesting State, named or through a region. */
		OPEN_TO("open to ");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

	}

	/**
	 * A requesting State the offer is open to: named by the offer, or through one of its
	 * regions (none when neither is known).
	 */
	public record Eligibility(CountryCode state, boolean namedByOffer, RegionCode region) {

		private String text() {
			if (namedByOffer) {
				return state + " (named by the offer)";
			}
			return region == null ? state.toString() : state + " (" + region.name() + ")";
		}

	}

	private static final Pattern STATE = Pattern.compile("([A-Z]{3})(?: \\(([^()]*)\\))?(?:, |$)");

	public MatchReason {
		codes = List.copyOf(codes);
		states = List.copyOf(states);
	}

	static MatchReason common(Kind kind, Collection<?> codes) {
		return new MatchReason(kind, codes.stream().map(Object::toString).toList(), List.of());
	}

	static MatchReason openToEveryState() {
		return new MatchReason(Kind.OPEN_TO_EVERY_STATE, List.of(), List.of());
	}

	static MatchReason openTo(List<Eligibility> states) {
		return new MatchReason(Kind.OPEN_TO, List.of(), states);
	}

	/** The reason in English, as the matcher records it. */
	public String text() {
		return switch (kind) {
			case OPEN_TO_EVERY_STATE -> kind.words;
			case OPEN_TO -> kind.words + states.stream().map(Eligibility::text).collect(Collectors.joining(", "));
			default -> kind.words + String.join(", ", codes);
		};
	}

	/** The reason a text of {@link #text()} names; empty for any other text. */
	public static Optional<MatchReason> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (text.equals(Kind.OPEN_TO_EVERY_STATE.words)) {
			return Optional.of(openToEveryState());
		}
		if (text.startsWith(Kind.OPEN_TO.words)) {
			return states(text.substring(Kind.OPEN_TO.words.length())).map(MatchReason::openTo);
		}
		for (Kind kind : List.of(Kind.AREAS, Kind.ASSISTANCE_TYPES, Kind.WEAPON_CATEGORIES, Kind.LANGUAGES)) {
			if (text.startsWith(kind.words) && text.length() > kind.words.length()) {
				return Optional.of(common(kind, Arrays.asList(text.substring(kind.words.length()).split(", "))));
			}
		}
		return Optional.empty();
	}

	private static Optional<List<Eligibility>> states(String text) {
		List<Eligibility> states = new ArrayList<>();
		Matcher matcher = STATE.matcher(text);
		int at = 0;
		while (at < text.length()) {
			if (!matcher.find(at) || matcher.start() != at) {
				return Optional.empty();
			}
			CountryCode state;
			try {
				state = CountryCode.of(matcher.group(1));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
			String via = matcher.group(2);
			if (via == null) {
				states.add(new Eligibility(state, false, null));
			}
			else if (via.equals("named by the offer")) {
				states.add(new Eligibility(state, true, null));
			}
			else {
				Optional<RegionCode> region = Geography.standard()
					.regionsOf(state)
					.stream()
					.filter(r -> r.name().equals(via))
					.findFirst();
				if (region.isEmpty()) {
					return Optional.empty();
				}
				states.add(new Eligibility(state, false, region.get()));
			}
			at = matcher.end();
		}
		return states.isEmpty() ? Optional.empty() : Optional.of(states);
	}

}
