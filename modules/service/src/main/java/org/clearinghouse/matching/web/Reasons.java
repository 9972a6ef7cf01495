package org.clearinghouse.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clearinghouse.matching.MatchReason;
import org.clearinghouse.matching.MatchReason.Eligibility;
import org.clearinghouse.system.web.Pickers;
import org.clearinghouse.vocabulary.LanguageCode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A proposal's reasons in the reader's language: each English sentence the matcher
 * recorded is read back as a {@link MatchReason} and worded from the bundles, its codes
 * by their names; a text it does not know is shown as it is.
 */
@Component("reasons")
public class Reasons {

	private final MessageSource messages;

	private final Pickers pickers;

	Reasons(MessageSource messages, Pickers pickers) {
		this.messages = messages;
		this.pickers = pickers;
	}

	public List<String> describe(List<String> reasons) {
		Locale locale = LocaleContextHolder.getLocale();
		return reasons == null ? List.of()
				: reasons.stream()
					.map(text -> MatchReason.parse(text).map(reason -> describe(reason, locale)).orElse(text))
					.toList();
	}

	private String describe(MatchReason reason, Locale locale) {
		return switch (reason.kind()) {
			case AREAS -> sentence(reason, locale, code -> message("area." + code, locale));
			case ASSISTANCE_TYPES -> sentence(reason, locale, code -> message("assistanceType." + code, locale));
			case WEAPON_CATEGORIES -> sentence(reason, locale, code -> message("weaponCategory." + code, locale));
			case LANGUAGES -> sentence(reason, locale, code -> language(code, locale));
			case OPEN_TO_EVERY_STATE -> message("reason.OPEN_TO_EVERY_STATE", locale);
			case OPEN_TO -> messages.getMessage("reason.OPEN_TO",
					new Object[] { reason.states()
						.stream()
						.map(state -> eligibility(state, locale))
						.collect(Collectors.joining(message("reason.separator", locale))) },
					locale);
		};
	}

	private String sentence(MatchReason reason, Locale locale, Function<String, String> name) {
		String names = reason.codes()
			.stream()
			.map(name)
			.collect(Collectors.joining(message("reason.separator", locale)));
		return messages.getMessage("reason." + reason.kind(), new Object[] { names }, locale);
	}

	private String eligibility(Eligibility eligibility, Locale locale) {
		String state = eligibility.state().displayName(locale);
		if (eligibility.namedByOffer()) {
			return messages.getMessage("reason.namedByOffer", new Object[] { state }, locale);
		}
		if (eligibility.region() != null) {
			return messages.getMessage("reason.viaRegion",
					new Object[] { state, pickers.region(eligibility.region().value()) }, locale);
		}
		return state;
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String language(String code, Locale locale) {
		try {
			return LanguageCode.of(code).displayName(locale);
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

}
