package org.clearinghouse.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** One field that an amendment changed, with its value before and after. */
public record Change(String field, JsonNode from, JsonNode to) {

	/** The fields whose JSON form differs between two versions of the same details. */
	public static List<Change> between(ObjectMapper json, Object before, Object after) {
		JsonNode old = json.valueToTree(before);
		JsonNode now = json.valueToTree(after);
		List<Change> changes = new ArrayList<>();
		for (Iterator<String> fields = now.fieldNames(); fields.hasNext();) {
			String field = fields.next();
			JsonNode from = old.path(field).isMissingNode() ? NullNode.instance : old.get(field);
			if (!Objects.equals(from, now.get(field))) {
				changes.add(new Change(field, from, now.get(field)));
			}
		}
		return changes;
	}

}
