package org.clearinghouse.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules collect every violation, field by field, before they are enforced. */
class RulesTest {

	@Test
	void rules_that_hold_are_enforced_silently() {
		Rules rules = new Rules().require(true, "areas", "at least one area").title("title", "A title");
		assertThat(rules.violations()).isEmpty();
		assertThatCode(rules::enforce).doesNotThrowAnyException();
	}

	@Test
	void every_broken_rule_is_reported_at_once() {
		Rules rules = new Rules().require(false, "areas", "at least one area")
			.title("title", " ")
			.description("description", "bell\u0007")
			.require(false, "assistanceTypes", "at least one assistance type");
		assertThatThrownBy(rules::enforce).isInstanceOfSatisfying(InvalidDetailsException.class,
				ex -> assertThat(ex.violations()).extracting(Violation::field)
					.containsExactly("areas", "title", "description", "assistanceTypes"));
	}

	@Test
	void the_message_of_invalid_details_lists_each_field_and_why() {
		var ex = new InvalidDetailsException(
				List.of(new Violation("areas", "at least one area"), new Violation("title", "a title is required")));
		assertThat(ex).hasMessage("areas: at least one area; title: a title is required");
	}

	@Test
	void sets_of_codes_are_kept_sorted_so_that_order_does_not_matter() {
		var one = new LinkedHashSet<>(List.of(Area.LEGISLATION, Area.EXPORT_CONTROL));
		var other = new LinkedHashSet<>(List.of(Area.EXPORT_CONTROL, Area.LEGISLATION));
		assertThat(Rules.sorted(one)).isEqualTo(Rules.sorted(other));
		assertThat(Rules.sorted(one)).containsExactly(Area.LEGISLATION, Area.EXPORT_CONTROL);
		assertThat(Rules.sorted(null)).isEmpty();
	}

}
