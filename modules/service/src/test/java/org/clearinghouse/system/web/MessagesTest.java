package org.clearinghouse.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the pages is in every language's bundle, and in no bundle only. */
class MessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "zh", "fr", "ar" })
	void a_language_bundle_has_exactly_the_keys_of_the_english_one(String language) throws IOException {
		List<String> basenames = basenames();
		assertThat(basenames).contains("messages", "i18n/lists");
		for (String basename : basenames) {
			Properties english = bundle(basename + ".properties");
			Properties other = bundle(basename + "_" + language + ".properties");

			assertThat(other.stringPropertyNames()).as(basename + "_" + language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			assertThat(other.stringPropertyNames()).allSatisfy(key -> assertThat(other.getProperty(key)).isNotBlank());
		}
	}

	@Test
	void no_key_is_in_two_bundles_where_one_would_hide_the_other() throws IOException {
		Map<String, String> owner = new HashMap<>();
		for (String basename : basenames()) {
			for (String key : bundle(basename + ".properties").stringPropertyNames()) {
				String first = owner.putIfAbsent(key, basename);
				assertThat(first).as(key + " in " + basename + " and " + first).isNull();
			}
		}
	}

	/**
	 * Every bundle the service reads: {@code spring.messages.basename} in
	 * application.yml.
	 */
	private static List<String> basenames() throws IOException {
		try (InputStream in = MessagesTest.class.getResourceAsStream("/application.yml")) {
			String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher basename = Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)\\s*$").matcher(yaml);
			assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
			return Arrays.stream(basename.group(1).split(",")).map(String::strip).toList();
		}
	}

	/** A capability's own bundle ({@code spring.messages.basename}) is complete too. */
	@ParameterizedTest
	@CsvSource({ "i18n/regional, fr", "i18n/regional, zh", "i18n/regional, ar", "i18n/success, fr", "i18n/success, zh",
			"i18n/success, ar" })
	void a_bundle_of_a_capability_has_exactly_the_keys_of_its_english_one(String bundle, String language)
			throws IOException {
		Properties english = bundle(bundle + ".properties");
		Properties other = bundle(bundle + "_" + language + ".properties");

		assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(other.stringPropertyNames()).allSatisfy(key -> assertThat(other.getProperty(key)).isNotBlank());
		assertThat(english.stringPropertyNames()).as("keys of %s also in messages.properties", bundle)
			.doesNotContainAnyElementsOf(bundle("messages.properties").stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh", "fr", "ar" })
	void a_supported_language_is_offered_by_the_switcher(String language) {
		assertThat(Languages.supported(language)).isPresent();
		assertThat(Languages.supported("xx")).isEmpty();
	}

	/**
	 * A page's direction comes from its bundle: right to left in Arabic, left to right in
	 * the others.
	 */
	@ParameterizedTest
	@CsvSource({ "messages.properties, ltr", "messages_zh.properties, ltr", "messages_fr.properties, ltr",
			"messages_ar.properties, rtl" })
	void a_bundle_gives_its_languages_direction(String bundle, String direction) throws IOException {
		assertThat(bundle(bundle).getProperty("page.dir")).isEqualTo(direction);
	}

	/** A text with arguments keeps every placeholder of its English text. */
	@ParameterizedTest
	@ValueSource(strings = { "zh", "fr", "ar" })
	void a_translation_keeps_the_placeholders_of_the_english_text(String language) throws IOException {
		Pattern placeholder = Pattern.compile("\\{\\d+}");
		for (String basename : basenames()) {
			Properties english = bundle(basename + ".properties");
			Properties other = bundle(basename + "_" + language + ".properties");
			for (String key : english.stringPropertyNames()) {
				assertThat(placeholder.matcher(other.getProperty(key, ""))
					.results()
					.map(m -> m.group())
					.distinct()
					.sorted()
					.toList())
					.as(basename + "_" + language + " " + key)
					.isEqualTo(placeholder.matcher(english.getProperty(key))
						.results()
						.map(m -> m.group())
						.distinct()
						.sorted()
						.toList());
			}
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
