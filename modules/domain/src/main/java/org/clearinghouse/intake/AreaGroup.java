package org.clearinghouse.intake;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.clearinghouse.vocabulary.Area;

/**
 * Areas of resolution 1540 closely related enough to be asked for in one request; a
 * request across several groups is better split into one request per group (the
 * Committee's assistance template is also one per subject area). Every area is in exactly
 * one group.
 */
public enum AreaGroup {

	/** Laws, the national action plan and reporting on them. */
	LEGAL_FRAMEWORK("legal framework", Area.LEGISLATION, Area.NATIONAL_ACTION_PLAN, Area.REPORTING),

	/** Controls on exports, at the border, and their enforcement. */
	TRADE_AND_BORDER_CONTROLS("trade and border controls", Area.EXPORT_CONTROL, Area.BORDER_CONTROL, Area.ENFORCEMENT),

	/** Accounting for and physically protecting materials. */
	MATERIAL_SECURITY("material security", Area.ACCOUNTING, Area.PHYSICAL_PROTECTION),

	/** Awareness-raising with industry, academia and civil society. */
	OUTREACH("outreach", Area.OUTREACH);

	private final String label;

	private final Set<Area> areas;

	AreaGroup(String label, Area... areas) {
		this.label = label;
		this.areas = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(areas)));
	}

	public Set<Area> areas() {
		return areas;
	}

	/** A short English label, for titles of split requests. */
	public String label() {
		return label;
	}

	public static AreaGroup of(Area area) {
		return Arrays.stream(values())
			.filter(group -> group.areas.contains(area))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(area + " is in no area group"));
	}

}
