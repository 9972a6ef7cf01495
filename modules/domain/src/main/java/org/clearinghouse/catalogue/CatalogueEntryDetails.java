package org.clearinghouse.catalogue;

import java.util.List;
import java.util.Objects;

import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.Rules;
import org.clearinghouse.vocabulary.Text;
import org.clearinghouse.vocabulary.Violation;

/**
 * A form of assistance as the public reads it: its type, a title, what it involves, and
 * practical examples of how it has been given.
 */
public record CatalogueEntryDetails(AssistanceType assistanceType, String title, String description,
		List<String> examples) {

	public static final int MAX_EXAMPLE_LENGTH = 500;

	public static final int MAX_EXAMPLES = 20;

	public CatalogueEntryDetails {
		title = Rules.stripped(title);
		description = description == null ? "" : description.strip();
		examples = examples == null ? List.of()
				: examples.stream().map(e -> e == null ? null : e.strip()).filter(Objects::nonNull).toList();
	}

	/** Every rule an entry breaks, by the field the API calls it. */
	public List<Violation> violations() {
		return rules().violations();
	}

	void enforce() {
		rules().enforce();
	}

	private Rules rules() {
		Rules rules = new Rules()
			.require(assistanceType != null, "assistanceType", "an entry names its form of assistance")
			.title("title", title)
			.description("description", description)
			.require(!examples.isEmpty(), "examples", "at least one practical example")
			.require(examples.size() <= MAX_EXAMPLES, "examples", "at most " + MAX_EXAMPLES + " examples");
		for (int i = 0; i < examples.size(); i++) {
			String example = examples.get(i);
			rules.check("examples[" + i + "]",
					() -> Text.requireLine(example, MAX_EXAMPLE_LENGTH, "must not be blank"));
		}
		return rules;
	}

}
