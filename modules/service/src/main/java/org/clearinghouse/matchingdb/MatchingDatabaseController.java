package org.clearinghouse.matchingdb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.matchingdb.MatchingRows.MatchRow;
import org.clearinghouse.matchingdb.MatchingRows.OfferRow;
import org.clearinghouse.matchingdb.MatchingRows.Page;
import org.clearinghouse.matchingdb.MatchingRows.RequestRow;
import org.clearinghouse.offer.OfferStatus;
import org.clearinghouse.request.RequestStatus;
import org.clearinghouse.system.Csv;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The matching database for the secretariat: {@code area}, {@code status},
 * {@code region}, {@code state} and {@code q} filter; {@code page}, {@code size} and
 * {@code sort} page; {@code Accept: text/csv} exports every row the filters select.
 */
@RestController
@RequestMapping("/api/matching")
class MatchingDatabaseController {

	private final MatchingDatabase database;

	private final ObjectMapper json;

	MatchingDatabaseController(MatchingDatabase database, ObjectMapper json) {
		this.database = database;
		this.json = json;
	}

	@GetMapping(path = "/requests", produces = MediaType.APPLICATION_JSON_VALUE)
	Page<RequestRow> requests(@RequestParam Map<String, String> parameters) {
		return database.requests(requestQuery(parameters));
	}

	@GetMapping(path = "/requests", produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> requestsCsv(@RequestParam Map<String, String> parameters) {
		return csv("requests.csv", RequestRow.class, database.requests(requestQuery(parameters).everything()));
	}

	@GetMapping(path = "/offers", produces = MediaType.APPLICATION_JSON_VALUE)
	Page<OfferRow> offers(@RequestParam Map<String, String> parameters) {
		return database.offers(offerQuery(parameters));
	}

	@GetMapping(path = "/offers", produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> offersCsv(@RequestParam Map<String, String> parameters) {
		return csv("offers.csv", OfferRow.class, database.offers(offerQuery(parameters).everything()));
	}

	@GetMapping(path = "/matches", produces = MediaType.APPLICATION_JSON_VALUE)
	Page<MatchRow> matches(@RequestParam Map<String, String> parameters) {
		return database.matches(matchQuery(parameters));
	}

	@GetMapping(path = "/matches", produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> matchesCsv(@RequestParam Map<String, String> parameters) {
		return csv("matches.csv", MatchRow.class, database.matches(matchQuery(parameters).everything()));
	}

	private static MatchingQuery requestQuery(Map<String, String> parameters) {
		return MatchingQuery.read(parameters, List.of(RequestStatus.values()), MatchingDatabase.REQUEST_SORTS);
	}

	private static MatchingQuery offerQuery(Map<String, String> parameters) {
		return MatchingQuery.read(parameters, List.of(OfferStatus.values()), MatchingDatabase.OFFER_SORTS);
	}

	private static MatchingQuery matchQuery(Map<String, String> parameters) {
		return MatchingQuery.read(parameters, List.of(ProposalStatus.values()), MatchingDatabase.MATCH_SORTS);
	}

	/**
	 * The same fields as the JSON, in the same order: a list becomes one cell, its values
	 * separated by {@value Csv#LIST_SEPARATOR}.
	 */
	private ResponseEntity<byte[]> csv(String filename, Class<? extends Record> type, Page<?> page) {
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
