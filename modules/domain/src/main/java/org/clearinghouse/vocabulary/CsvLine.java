package org.clearinghouse.vocabulary;

import java.util.ArrayList;
import java.util.List;

/** One line of the data files shipped with the domain, in RFC 4180 CSV. */
public final class CsvLine {

	private CsvLine() {
	}

	/** The fields of the line; quoted fields may hold commas and doubled quotes. */
	public static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
