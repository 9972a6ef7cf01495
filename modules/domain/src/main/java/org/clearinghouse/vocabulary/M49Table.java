package org.clearinghouse.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw UN M49 table as shipped in {@code clearinghouse/geography/m49.csv}. Loaded
 * apart from {@link Geography} so that {@link RegionCode} can validate itself while the
 * geography is built.
 */
final class M49Table {

	static final String WORLD = "001";

	private static final String RESOURCE = "/clearinghouse/geography/m49.csv";

	static final M49Table STANDARD = load();

	/** Region code to its English name. */
	final Map<String, String> regionNames;

	/** Country alpha-3 to its region codes, broadest (the world) first. */
	final Map<String, List<String>> regionCodesByCountry;

	private M49Table(Map<String, String> regionNames, Map<String, List<String>> regionCodesByCountry) {
		this.regionNames = Map.copyOf(regionNames);
		this.regionCodesByCountry = Map.copyOf(regionCodesByCountry);
	}

	/**
	 * Columns 3 to 8 are pairs of region code and name: region, sub-region, intermediate
	 * region.
	 */
	private static M49Table load() {
		Map<String, String> names = new HashMap<>();
		names.put(WORLD, "World");
		Map<String, List<String>> byCountry = new HashMap<>();
		try (InputStream in = M49Table.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				List<String> fields = CsvLine.split(line);
				List<String> regions = new ArrayList<>(List.of(WORLD));
				for (int i = 3; i + 1 < fields.size(); i += 2) {
					if (!fields.get(i).isEmpty()) {
						names.put(fields.get(i), fields.get(i + 1));
						regions.add(fields.get(i));
					}
				}
				byCountry.put(fields.get(0), List.copyOf(regions));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new M49Table(names, byCountry);
	}

}
