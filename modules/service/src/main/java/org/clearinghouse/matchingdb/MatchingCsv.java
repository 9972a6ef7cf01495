package org.clearinghouse.matchingdb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearinghouse.matchingdb.MatchingRows.Page;
import org.clearinghouse.system.Csv;

import org.springframework.http.ResponseEntity;

/**
 * The matching database's rows in CSV, for the API and the pages alike: the same fields
 * as the JSON, in the same order; a list becomes one cell, its values separated by
 * {@value Csv#LIST_SEPARATOR}.
 */
final class MatchingCsv {

	private MatchingCsv() {
	}

	static ResponseEntity<byte[]> of(ObjectMapper json, String filename, Class<? extends Record> type, Page<?> page) {
		List<String> header = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
		List<List<?>> rows = new ArrayList<>();
		for (Object item : page.items()) {
			JsonNode node = json.valueToTree(item);
			rows.add(header.stream().map(field -> cell(node.get(field))).toList());
		}
		return Csv.response(filename, header, rows);
	}

	private static String cell(JsonNode value) {
		if (value == null || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> values = new ArrayList<>();
			for (Iterator<JsonNode> it = value.elements(); it.hasNext();) {
				values.add(it.next().asText());
			}
			return String.join(Csv.LIST_SEPARATOR, values);
		}
		return value.asText();
	}

}
