package org.clearinghouse.intake;

import java.util.List;

/**
 * How specific a request is: a score from 0 to 100 (the sum of the weights of the
 * criteria met), which criteria it meets and misses, a question for each missed one, and,
 * when it spans unrelated areas, the requests it could be split into (empty otherwise).
 */
public record SpecificityAssessment(int score, List<Criterion> met, List<Criterion> missed, List<Question> questions,
		List<SplitPart> split) {

	public SpecificityAssessment {
		met = List.copyOf(met);
		missed = List.copyOf(missed);
		questions = List.copyOf(questions);
		split = List.copyOf(split);
	}

	public boolean suggestsSplit() {
		return !split.isEmpty();
	}

}
