package org.clearinghouse.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A region, sub-region or intermediate region of the UN M49 geoscheme, e.g. {@code 002}
 * Africa.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

	public RegionCode {
		if (value == null || !M49Table.STANDARD.regionNames.containsKey(value)) {
			throw new IllegalArgumentException("'" + value + "' is not a UN M49 region code");
		}
	}

	@JsonCreator
	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	public String name() {
		return Geography.standard().regionName(this);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}

	@Override
	public int compareTo(RegionCode other) {
		return value.compareTo(other.value);
	}

}
