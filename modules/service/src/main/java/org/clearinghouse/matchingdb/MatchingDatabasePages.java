package org.clearinghouse.matchingdb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.matchingdb.MatchingRows.MatchRow;
import org.clearinghouse.matchingdb.MatchingRows.OfferRow;
import org.clearinghouse.matchingdb.MatchingRows.Page;
import org.clearinghouse.matchingdb.MatchingRows.RequestRow;
import org.clearinghouse.offer.OfferStatus;
import org.clearinghouse.request.RequestStatus;
import org.clearinghouse.system.web.FieldErrors;
import org.clearinghouse.system.web.PageController;
import org.clearinghouse.vocabulary.InvalidDetailsException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The secretariat's lists of requests, offers and matches: the matching database with its
 * filters in a GET form (so a filtered list is a link), a page at a time, and a CSV
 * download of exactly the rows the filters select.
 */
@PageController
class MatchingDatabasePages {

	/** The filters the pages offer, in the order of the form and of the links. */
	static final List<String> FILTERS = List.of("q", "area", "type", "weaponCategory", "region", "state", "status",
			"published");

	private final MatchingDatabase database;

	private final ObjectMapper json;

	private final MessageSource messages;

	MatchingDatabasePages(MatchingDatabase database, ObjectMapper json, MessageSource messages) {
		this.database = database;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/secretariat/requests")
	String requests(@RequestParam Map<String, String> parameters, HttpServletRequest request, Model model) {
		return list("requests", parameters, request, model, List.of(RequestStatus.values()), MatchingQuery::forRequests,
				database::requests);
	}

	@GetMapping(path = "/secretariat/requests.csv")
	ResponseEntity<byte[]> requestsCsv(@RequestParam Map<String, String> parameters) {
		return MatchingCsv.of(json, "requests.csv", RequestRow.class,
				database.requests(MatchingQuery.forRequests(filters(parameters)).everything()));
	}

	@GetMapping("/secretariat/offers")
	String offers(@RequestParam Map<String, String> parameters, HttpServletRequest request, Model model) {
		return list("offers", parameters, request, model, List.of(OfferStatus.values()), MatchingQuery::forOffers,
				database::offers);
	}

	@GetMapping(path = "/secretariat/offers.csv")
	ResponseEntity<byte[]> offersCsv(@RequestParam Map<String, String> parameters) {
		return MatchingCsv.of(json, "offers.csv", OfferRow.class,
				database.offers(MatchingQuery.forOffers(filters(parameters)).everything()));
	}

	@GetMapping("/secretariat/matches")
	String matches(@RequestParam Map<String, String> parameters, HttpServletRequest request, Model model) {
		return list("matches", parameters, request, model, List.of(ProposalStatus.values()), MatchingQuery::forMatches,
				database::matches);
	}

	@GetMapping(path = "/secretariat/matches.csv")
	ResponseEntity<byte[]> matchesCsv(@RequestParam Map<String, String> parameters) {
		return MatchingCsv.of(json, "matches.csv", MatchRow.class,
				database.matches(MatchingQuery.forMatches(filters(parameters)).everything()));
	}

	/**
	 * One page of the list; a filter the rules refuse (a hand-edited link) is named at
	 * its field, and the list stays empty.
	 */
	private <T> String list(String what, Map<String, String> parameters, HttpServletRequest request, Model model,
			List<? extends Enum<?>> statuses, Function<Map<String, String>, MatchingQuery> read,
			Function<MatchingQuery, Page<T>> find) {
		Map<String, String> filters = filters(parameters);
		Map<String, String> paged = new LinkedHashMap<>(filters);
		if (parameters.get("page") != null) {
			paged.put("page", parameters.get("page"));
		}
		FieldErrors errors = FieldErrors.none();
		Page<T> page = new Page<>(List.of(), 0, 50, 0, 0);
		try {
			page = find.apply(read.apply(paged));
		}
		catch (InvalidDetailsException invalid) {
			errors = FieldErrors.of(invalid.violations(), messages, LocaleContextHolder.getLocale());
		}
		String path = request.getContextPath() + "/secretariat/" + what;
		model.addAttribute("filter", filters);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", statuses.stream().map(Enum::name).toList());
		model.addAttribute("rows", page);
		model.addAttribute("csvHref", link(path + ".csv", filters, null));
		model.addAttribute("previousHref", page.page() > 0 ? link(path, filters, page.page() - 1) : null);
		model.addAttribute("nextHref",
				page.page() + 1 < page.totalPages() ? link(path, filters, page.page() + 1) : null);
		return "matchingdb/" + what;
	}

	/** The filters given, without blanks; paging and the language are not filters. */
	private static Map<String, String> filters(Map<String, String> parameters) {
		Map<String, String> filters = new LinkedHashMap<>();
		for (String name : FILTERS) {
			String value = parameters.get(name);
			if (value != null && !value.isBlank()) {
				filters.put(name, value.strip());
			}
		}
		return filters;
	}

	private static String link(String path, Map<String, String> filters, Integer page) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		filters.forEach(query::add);
		if (page != null) {
			query.add("page", String.valueOf(page));
		}
		return UriComponentsBuilder.fromPath(path).queryParams(query).encode().build().toUriString();
	}

}
