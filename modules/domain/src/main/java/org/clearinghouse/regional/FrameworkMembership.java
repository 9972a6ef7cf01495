package org.clearinghouse.regional;

import java.util.Objects;
import java.util.SortedSet;

import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Framework;
import org.clearinghouse.vocabulary.FrameworkKind;
import org.clearinghouse.vocabulary.Rules;

/**
 * One framework of {@code frameworks.csv}: its code in this system (e.g. {@code EAC-CU}),
 * kind, name, where its membership comes from, and its member States.
 */
public record FrameworkMembership(String code, FrameworkKind kind, String name, String source,
		SortedSet<CountryCode> members) {

	public FrameworkMembership {
		Objects.requireNonNull(code, "a framework needs a code");
		Objects.requireNonNull(kind, "a framework needs a kind");
		Objects.requireNonNull(name, "a framework needs a name");
		Objects.requireNonNull(source, "a framework names the source of its membership");
		members = Rules.sorted(members);
	}

	/** The framework as a joint request names it. */
	public Framework framework() {
		return new Framework(kind, name);
	}

	public boolean includes(CountryCode country) {
		return members.contains(country);
	}

}
