package org.clearinghouse.matchingdb;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearinghouse.matchingdb.MatchingRows.MatchRow;
import org.clearinghouse.matchingdb.MatchingRows.OfferRow;
import org.clearinghouse.matchingdb.MatchingRows.Page;
import org.clearinghouse.matchingdb.MatchingRows.RequestRow;
import org.clearinghouse.system.Csv;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The matching database for the secretariat: {@code area}, {@code status},
 * {@code region}, {@code state}, {@code type}, {@code weaponCategory}, {@code published}
 * and {@code q} filter; {@code page}, {@code size} and {@code sort} page;
 * {@code Accept: text/csv} exports every row the filters select.
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
		return database.requests(MatchingQuery.forRequests(parameters));
	}

	@GetMapping(path = "/requests", produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> requestsCsv(@RequestParam Map<String, String> parameters) {
		return csv("requests.csv", RequestRow.class,
				database.requests(MatchingQuery.forRequests(parameters).everything()));
	}

	@GetMapping(path = "/offers", produces = MediaType.APPLICATION_JSON_VALUE)
	Page<OfferRow> offers(@RequestParam Map<String, String> parameters) {
		return database.offers(MatchingQuery.forOffers(parameters));
	}

	@GetMapping(path = "/offers", produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> offersCsv(@RequestParam Map<String, String> parameters) {
		return csv("offers.csv", OfferRow.class, database.offers(MatchingQuery.forOffers(parameters).everything()));
	}

	@GetMapping(path = "/matches", produces = MediaType.APPLICATION_JSON_VALUE)
	Page<MatchRow> matches(@RequestParam Map<String, String> parameters) {
		return database.matches(MatchingQuery.forMatches(parameters));
	}

	@GetMapping(path = "/matches", produces = Csv.MEDIA_TYPE)
	ResponseEntity<byte[]> matchesCsv(@RequestParam Map<String, String> parameters) {
		return csv("matches.csv", MatchRow.class, database.matches(MatchingQuery.forMatches(parameters).everything()));
	}

	private ResponseEntity<byte[]> csv(String filename, Class<? extends Record> type, Page<?> page) {
		return MatchingCsv.of(json, filename, type, page);
	}

}
