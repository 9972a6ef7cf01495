package org.clearinghouse.intake;

/**
 * What makes a request specific enough for a provider to act on, each with its weight in
 * the score (the weights add up to 100) and the question to ask when it is missed.
 */
public enum Criterion {

	/** All its areas lie in one group of closely related areas ({@link AreaGroup}). */
	FOCUSED_AREAS(25, "intake.specificity.question.focused-areas",
			"The request covers unrelated areas. Which of them matters most, and may it be registered as one request per subject?"),

	/** It names the national agency that would receive the assistance. */
	BENEFICIARY_AGENCY(20, "intake.specificity.question.beneficiary-agency",
			"Which national agency would receive the assistance?"),

	/** It says what should be achieved. */
	DESIRED_OUTCOME(20, "intake.specificity.question.desired-outcome",
			"What should be in place once the assistance is delivered, for example a draft law adopted or officers trained?"),

	/** It says by when: a needed-by date, or a date, month or year in the text. */
	TIMEFRAME(20, "intake.specificity.question.timeframe", "By when is the assistance needed?"),

	/** It says what assistance the State already received in the area. */
	PRIOR_ASSISTANCE(15, "intake.specificity.question.prior-assistance",
			"Has the State already received assistance in this area, from whom, and what did it achieve?");

	private final int weight;

	private final Question question;

	Criterion(int weight, String key, String text) {
		this.weight = weight;
		this.question = new Question(key, text);
	}

	public int weight() {
		return weight;
	}

	/** What to ask the State when the request misses this criterion. */
	public Question question() {
		return question;
	}

}
