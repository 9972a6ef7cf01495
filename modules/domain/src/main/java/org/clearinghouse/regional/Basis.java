package org.clearinghouse.regional;

import java.util.Objects;

import org.clearinghouse.vocabulary.RegionCode;

/**
 * Why a group's States could request together: they belong to the same framework, or only
 * lie in the same UN M49 sub-region (the most specific region of each).
 */
public sealed interface Basis permits Basis.SameFramework, Basis.SameSubRegion {

	/** The framework's code (e.g. {@code EAC-CU}) or the M49 code (e.g. {@code 014}). */
	String code();

	String name();

	/** The States of a framework. */
	record SameFramework(FrameworkMembership framework) implements Basis {

		public SameFramework {
			Objects.requireNonNull(framework, "a framework basis names its framework");
		}

		@Override
		public String code() {
			return framework.code();
		}

		@Override
		public String name() {
			return framework.name();
		}

	}

	/** The States of one M49 sub-region, with no framework known to hold them all. */
	record SameSubRegion(RegionCode subRegion) implements Basis {

		public SameSubRegion {
			Objects.requireNonNull(subRegion, "a sub-region basis names its region");
		}

		@Override
		public String code() {
			return subRegion.value();
		}

		@Override
		public String name() {
			return subRegion.name();
		}

	}

}
