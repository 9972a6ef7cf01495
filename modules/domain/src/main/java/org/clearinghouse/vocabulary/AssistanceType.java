package org.clearinghouse.vocabulary;

/** The forms assistance takes. */
public enum AssistanceType {

	LEGISLATIVE_DRAFTING, TRAINING, EQUIPMENT, EXPERT_ADVICE, WORKSHOP, FINANCIAL

}
