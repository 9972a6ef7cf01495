package org.clearinghouse.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The rules every piece of free text obeys: no control characters, bounded length. */
class TextTest {

	@Test
	void a_line_is_trimmed() {
		assertThat(Text.requireLine("  Drafting  ", 200, "required")).isEqualTo("Drafting");
	}

	@Test
	void a_blank_line_is_rejected_with_the_given_message() {
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireLine(" \t ", 200, "a title is required"))
			.withMessage("a title is required");
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireLine(null, 200, "a title is required"))
			.withMessage("a title is required");
	}

	@Test
	void a_line_holds_at_most_its_maximum_length_after_trimming() {
		assertThat(Text.requireLine(" " + "a".repeat(200) + " ", 200, "required")).hasSize(200);
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireLine("a".repeat(201), 200, "required"))
			.withMessageContaining("at most 200");
	}

	@Test
	void a_line_has_no_line_break_nor_tab() {
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireLine("one\ntwo", 200, "required"))
			.withMessage("must be a single line");
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireLine("one\rtwo", 200, "required"));
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireLine("one\ttwo", 200, "required"));
	}

	@Test
	void no_text_has_control_characters() {
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireLine("bell\u0007", 200, "required"))
			.withMessage("must not contain control characters");
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireText("nul\u0000 here", 1000, "required"));
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireText("escape\u001b[31m", 1000, "required"));
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireText("delete\u007f", 1000, "required"));
	}

	@Test
	void no_text_has_half_a_surrogate_pair_but_whole_pairs_are_characters() {
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireLine("lone \uD800 high", 200, "required"))
			.withMessageContaining("well-formed Unicode");
		assertThatIllegalArgumentException().isThrownBy(() -> Text.requireText("lone \uDFFF low", 1000, "required"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Text.requireText("swapped \uDC00\uD800", 1000, "required"));
		assertThat(Text.requireLine("a rocket \uD83D\uDE80 emoji", 200, "required")).contains("\uD83D\uDE80");
	}

	@Test
	void a_paragraph_may_have_line_breaks_and_tabs() {
		assertThat(Text.requireText("first line\nsecond line\r\n\tindented", 1000, "required"))
			.isEqualTo("first line\nsecond line\r\n\tindented");
	}

	@Test
	void optional_text_that_is_absent_or_blank_is_empty() {
		assertThat(Text.optionalText(null, 100)).isEmpty();
		assertThat(Text.optionalText("  \n ", 100)).isEmpty();
	}

	@Test
	void optional_text_obeys_the_same_length_and_character_rules() {
		assertThatIllegalArgumentException().isThrownBy(() -> Text.optionalText("a".repeat(101), 100));
		assertThatIllegalArgumentException().isThrownBy(() -> Text.optionalText("bell\u0007", 100));
	}

	@Test
	void a_framework_needs_a_kind_and_a_single_line_name() {
		assertThat(new Framework(FrameworkKind.CUSTOMS_UNION, " East African Community Customs Union ").name())
			.isEqualTo("East African Community Customs Union");
		assertThatIllegalArgumentException().isThrownBy(() -> new Framework(FrameworkKind.CUSTOMS_UNION, " "));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Framework(FrameworkKind.CUSTOMS_UNION, "East African\nCommunity"));
		org.assertj.core.api.Assertions.assertThatNullPointerException()
			.isThrownBy(() -> new Framework(null, "East African Community Customs Union"));
	}

}
