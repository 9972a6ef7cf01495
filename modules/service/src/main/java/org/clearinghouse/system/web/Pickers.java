package org.clearinghouse.system.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.Geography;
import org.clearinghouse.vocabulary.LanguageCode;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The choices of the forms' pickers, named in the reader's language: countries and
 * languages from the JDK's locale data, regions of the UN M49 geoscheme (the main ones
 * from the message bundles, the others by their M49 name).
 */
@Component("pickers")
public class Pickers {

	/** A choice: the code sent and the name shown. */
	public record Choice(String code, String name) {
	}

	/** The six official languages of the United Nations, offered first. */
	private static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

	private static final List<CountryCode> COUNTRIES = Set
		.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3))
		.stream()
		.map(CountryCode::of)
		.toList();

	private static final Set<RegionCode> REGIONS = allRegions();

	private final MessageSource messages;

	Pickers(MessageSource messages) {
		this.messages = messages;
	}

	public List<Choice> countries() {
		Locale locale = LocaleContextHolder.getLocale();
		Collator collator = Collator.getInstance(locale);
		return COUNTRIES.stream()
			.map(country -> new Choice(country.value(), country.displayName(locale)))
			.sorted(Comparator.comparing(Choice::name, collator))
			.toList();
	}

	public String country(Object code) {
		try {
			return CountryCode.of(String.valueOf(code)).displayName(LocaleContextHolder.getLocale());
		}
		catch (IllegalArgumentException ex) {
			return String.valueOf(code);
		}
	}

	public List<Choice> regions() {
		return REGIONS.stream().map(region -> new Choice(region.value(), region(region.value()))).toList();
	}

	public String region(Object code) {
		RegionCode region = RegionCode.of(String.valueOf(code));
		return messages.getMessage("region." + region.value(), null, region.name(), LocaleContextHolder.getLocale());
	}

	public List<Choice> languages() {
		return UN_LANGUAGES.stream().map(code -> new Choice(code, language(code))).toList();
	}

	public String language(Object code) {
		return LanguageCode.of(String.valueOf(code)).displayName(LocaleContextHolder.getLocale());
	}

	/** The codes of an enumeration, named in the templates by {@code #{prefix.CODE}}. */
	public List<String> areas() {
		return names(Area.values());
	}

	public List<String> weaponCategories() {
		return names(WeaponCategory.values());
	}

	public List<String> assistanceTypes() {
		return names(AssistanceType.values());
	}

	public List<String> frameworkKinds() {
		return names(FrameworkKind.values());
	}

	public List<String> consents() {
		return names(PublicationConsent.values());
	}

	public List<String> outcomes() {
		return names(FeedbackOutcome.values());
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static Set<RegionCode> allRegions() {
		Set<RegionCode> regions = new TreeSet<>();
		COUNTRIES.forEach(country -> regions.addAll(Geography.standard().regionsOf(country)));
		return regions;
	}

}
