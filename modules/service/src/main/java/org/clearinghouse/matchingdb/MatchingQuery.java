package org.clearinghouse.matchingdb;

import java.util.List;
import java.util.Map;

import org.clearinghouse.matching.ProposalStatus;
import org.clearinghouse.offer.OfferStatus;
import org.clearinghouse.request.RequestStatus;
import org.clearinghouse.system.FieldReader;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.RegionCode;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * A question to the matching database: the filters, page and order, read from the query
 * string and checked, every bad parameter named. {@code type} is an assistance type;
 * {@code published=false} selects what is confidential (not public now).
 */
record MatchingQuery(Area area, AssistanceType type, WeaponCategory weaponCategory, Boolean published, String status,
		RegionCode region, CountryCode state, String q, int page, int size, String sortColumn, boolean descending) {

	static final int MAX_SIZE = 1000;

	/** What a CSV export takes at most: every row a filter selects, in practice. */
	static final int EXPORT_LIMIT = 100_000;

	static MatchingQuery forRequests(Map<String, String> parameters) {
		return read(parameters, List.of(RequestStatus.values()), MatchingDatabase.REQUEST_SORTS);
	}

	static MatchingQuery forOffers(Map<String, String> parameters) {
		return read(parameters, List.of(OfferStatus.values()), MatchingDatabase.OFFER_SORTS);
	}

	static MatchingQuery forMatches(Map<String, String> parameters) {
		return read(parameters, List.of(ProposalStatus.values()), MatchingDatabase.MATCH_SORTS);
	}

	/**
	 * @param statuses the valid statuses of what is listed
	 * @param sortable the API's names of the sortable fields and their columns; the first
	 * is the default, newest first
	 */
	static MatchingQuery read(Map<String, String> parameters, List<? extends Enum<?>> statuses,
			Map<String, String> sortable) {
		FieldReader fields = new FieldReader();
		Area area = fields.code("area", blankToNull(parameters.get("area")), FieldReader.enumOf(Area.class));
		AssistanceType type = fields.code("type", blankToNull(parameters.get("type")),
				FieldReader.enumOf(AssistanceType.class));
		WeaponCategory weaponCategory = fields.code("weaponCategory", blankToNull(parameters.get("weaponCategory")),
				FieldReader.enumOf(WeaponCategory.class));
		String publishedText = blankToNull(parameters.get("published"));
		Boolean published = null;
		if (publishedText != null) {
			if (publishedText.equalsIgnoreCase("true") || publishedText.equalsIgnoreCase("false")) {
				published = Boolean.valueOf(publishedText.toLowerCase());
			}
			else {
				fields.violation("published", "must be true or false");
			}
		}
		String status = blankToNull(parameters.get("status"));
		if (status != null && statuses.stream().noneMatch(s -> s.name().equals(status))) {
			fields.violation("status", "'" + abbreviated(status) + "' is not one of " + statuses);
		}
		RegionCode region = fields.code("region", blankToNull(parameters.get("region")), RegionCode::of);
		CountryCode state = fields.code("state", blankToNull(parameters.get("state")), CountryCode::of);
		String q = blankToNull(parameters.get("q"));
		if (q != null && q.length() > 200) {
			fields.violation("q", "must be at most 200 characters");
		}
		int page = number(fields, "page", parameters.get("page"), 0, 0, Integer.MAX_VALUE);
		int size = number(fields, "size", parameters.get("size"), 50, 1, MAX_SIZE);
		String sort = blankToNull(parameters.get("sort"));
		String field = sortable.keySet().iterator().next();
		boolean descending = true;
		if (sort != null) {
			String[] parts = sort.split(",", 2);
			field = parts[0].strip();
			descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
			if (!sortable.containsKey(field) || (parts.length > 1 && !parts[1].strip().matches("(?i)asc|desc"))) {
				fields.violation("sort", "a field of " + sortable.keySet() + ", optionally followed by ,asc or ,desc");
			}
		}
		fields.enforce(List.of());
		return new MatchingQuery(area, type, weaponCategory, published, status, region, state, q, page, size,
				sortable.get(field), descending);
	}

	MatchingQuery everything() {
		return new MatchingQuery(area, type, weaponCategory, published, status, region, state, q, 0, EXPORT_LIMIT,
				sortColumn, descending);
	}

	private static int number(FieldReader fields, String name, String value, int absent, int min, int max) {
		if (blankToNull(value) == null) {
			return absent;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		fields.violation(name, "must be a whole number from " + min + " to " + max);
		return absent;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String abbreviated(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
