package org.clearinghouse.regional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.CsvLine;
import org.clearinghouse.vocabulary.FrameworkKind;

/**
 * The frameworks within which States may request jointly (customs unions, nuclear-weapon-
 * free zones, regional organizations) and their members, shipped as data in
 * {@code clearinghouse/frameworks/frameworks.csv} with its sources; the README beside it
 * says the date it reflects and what it simplifies.
 */
public final class Frameworks {

	private static final String RESOURCE = "/clearinghouse/frameworks/frameworks.csv";

	private static final Frameworks STANDARD = new Frameworks(load());

	private final List<FrameworkMembership> all;

	private Frameworks(List<FrameworkMembership> frameworks) {
		this.all = frameworks.stream()
			.sorted(Comparator.comparing(FrameworkMembership::code))
			.collect(Collectors.toUnmodifiableList());
	}

	/** The frameworks of {@code frameworks.csv}. */
	public static Frameworks standard() {
		return STANDARD;
	}

	/** Other frameworks than the shipped ones, e.g. for tests. */
	public static Frameworks of(List<FrameworkMembership> frameworks) {
		return new Frameworks(frameworks);
	}

	/** Every framework, by code. */
	public List<FrameworkMembership> all() {
		return all;
	}

	public Optional<FrameworkMembership> byCode(String code) {
		return all.stream().filter(framework -> framework.code().equals(code)).findFirst();
	}

	/** The frameworks the country belongs to, by code. */
	public List<FrameworkMembership> frameworksOf(CountryCode country) {
		return all.stream().filter(framework -> framework.includes(country)).collect(Collectors.toUnmodifiableList());
	}

	/** The members of the framework with this code; none if the code is unknown. */
	public SortedSet<CountryCode> membersOf(String code) {
		return byCode(code).map(FrameworkMembership::members).orElse(Collections.emptySortedSet());
	}

	private static List<FrameworkMembership> load() {
		List<FrameworkMembership> frameworks = new ArrayList<>();
		try (InputStream in = Frameworks.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			int lineNumber = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (!line.isBlank()) {
					frameworks.add(parse(line, lineNumber));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return frameworks;
	}

	/** Columns: code, kind, name, source, members (alpha-3 codes separated by spaces). */
	static FrameworkMembership parse(String line, int lineNumber) {
		List<String> fields = CsvLine.split(line);
		if (fields.size() != 5) {
			throw new IllegalStateException(
					RESOURCE + " line " + lineNumber + ": 5 columns expected, found " + fields.size());
		}
		try {
			SortedSet<CountryCode> members = Arrays.stream(fields.get(4).trim().split("\\s+"))
				.filter(code -> !code.isEmpty())
				.map(CountryCode::of)
				.collect(Collectors.toCollection(TreeSet::new));
			return new FrameworkMembership(fields.get(0), FrameworkKind.valueOf(fields.get(1)), fields.get(2),
					fields.get(3), members);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + ex.getMessage(), ex);
		}
	}

}
