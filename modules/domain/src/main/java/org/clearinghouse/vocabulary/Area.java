package org.clearinghouse.vocabulary;

/** The areas of resolution 1540 (operative paragraphs 1 to 3 and related). */
public enum Area {

	LEGISLATION, ACCOUNTING, PHYSICAL_PROTECTION, BORDER_CONTROL, EXPORT_CONTROL, ENFORCEMENT, NATIONAL_ACTION_PLAN,
	REPORTING, OUTREACH

}
