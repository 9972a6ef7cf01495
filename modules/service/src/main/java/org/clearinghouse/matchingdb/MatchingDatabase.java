package org.clearinghouse.matchingdb;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clearinghouse.matchingdb.MatchingRows.MatchRow;
import org.clearinghouse.matchingdb.MatchingRows.OfferRow;
import org.clearinghouse.matchingdb.MatchingRows.Page;
import org.clearinghouse.matchingdb.MatchingRows.RequestRow;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers questions to the matching database from the projection's tables. Filters become
 * SQL with bound parameters; the order is one of a fixed set of columns, with the id as
 * tie-breaker so that pages never overlap.
 */
@Component
public class MatchingDatabase {

	static final Map<String, String> REQUEST_SORTS = sorts("registeredAt", "r.registered_at", "lastChangedAt",
			"r.last_changed_at", "title", "r.title", "status", "r.status", "neededBy", "r.needed_by");

	static final Map<String, String> OFFER_SORTS = sorts("registeredAt", "o.registered_at", "lastChangedAt",
			"o.last_changed_at", "title", "o.title", "status", "o.status", "availableUntil", "o.available_until",
			"providerCode", "o.provider_code");

	static final Map<String, String> MATCH_SORTS = sorts("proposedAt", "m.proposed_at", "lastChangedAt",
			"m.last_changed_at", "status", "m.status", "score", "m.score");

	private final JdbcClient db;

	MatchingDatabase(JdbcClient db) {
		this.db = db;
	}

	Page<RequestRow> requests(MatchingQuery query) {
		Where where = new Where();
		where.add(query.area() != null, "cast(:area as text) = any(r.areas)", "area",
				query.area() == null ? null : query.area().name());
		where.add(query.type() != null, "cast(:type as text) = any(r.assistance_types)", "type", value(query.type()));
		where.add(query.weaponCategory() != null, "cast(:weaponCategory as text) = any(r.weapon_categories)",
				"weaponCategory", value(query.weaponCategory()));
		where.add(query.published() != null, "r.published = :published", "published", query.published());
		where.add(query.status() != null, "r.status = :status", "status", query.status());
		where.add(query.region() != null, "cast(:region as text) = any(r.regions)", "region", value(query.region()));
		where.add(query.state() != null, "cast(:state as text) = any(r.requesting_states)", "state",
				value(query.state()));
		where.add(query.q() != null, "r.search @@ websearch_to_tsquery('english', :q)", "q", query.q());
		return page(query, "from matching_request r", where, "r.request_id", "r.*", this::request);
	}

	Page<OfferRow> offers(MatchingQuery query) {
		Where where = new Where();
		where.add(query.area() != null, "cast(:area as text) = any(o.areas)", "area",
				query.area() == null ? null : query.area().name());
		where.add(query.type() != null, "cast(:type as text) = any(o.assistance_types)", "type", value(query.type()));
		where.add(query.weaponCategory() != null, "cast(:weaponCategory as text) = any(o.weapon_categories)",
				"weaponCategory", value(query.weaponCategory()));
		where.add(query.published() != null, "o.published = :published", "published", query.published());
		where.add(query.status() != null, "o.status = :status", "status", query.status());
		// an offer open to every region serves each one
		where.add(query.region() != null, "(cardinality(o.regions) = 0 or cast(:region as text) = any(o.regions))",
				"region", value(query.region()));
		where.add(query.state() != null, "(o.provider_code = :state or cast(:state as text) = any(o.eligible_states))",
				"state", value(query.state()));
		where.add(query.q() != null, "o.search @@ websearch_to_tsquery('english', :q)", "q", query.q());
		return page(query, "from matching_offer o", where, "o.offer_id", "o.*", this::offer);
	}

	Page<MatchRow> matches(MatchingQuery query) {
		Where where = new Where();
		where.add(query.area() != null, "cast(:area as text) = any(r.areas)", "area",
				query.area() == null ? null : query.area().name());
		where.add(query.type() != null, "cast(:type as text) = any(r.assistance_types)", "type", value(query.type()));
		where.add(query.weaponCategory() != null, "cast(:weaponCategory as text) = any(r.weapon_categories)",
				"weaponCategory", value(query.weaponCategory()));
		where.add(query.published() != null, "r.published = :published", "published", query.published());
		where.add(query.status() != null, "m.status = :status", "status", query.status());
		where.add(query.region() != null, "cast(:region as text) = any(r.regions)", "region", value(query.region()));
		where.add(query.state() != null,
				"(cast(:state as text) = any(r.requesting_states) or m.provider_code = :state)", "state",
				value(query.state()));
		where.add(query.q() != null,
				"(r.search @@ websearch_to_tsquery('english', :q) or o.search @@ websearch_to_tsquery('english', :q))",
				"q", query.q());
		return page(query, """
				from matching_match m
				left join matching_request r on r.request_id = m.request_id
				left join matching_offer o on o.offer_id = m.offer_id""", where, "m.proposal_id",
				"m.*, r.title as request_title, o.title as offer_title", this::match);
	}

	/**
	 * The open requests no proposal is open for and none was accepted for (one expired,
	 * declined or cancelled does not count), newest first: those the secretariat has to
	 * look after.
	 */
	public List<RequestRow> openRequestsWithoutMatch() {
		return db.sql("""
				select r.* from matching_request r
				where r.status = 'OPEN' and not exists (
				  select 1 from matching_match m
				  where m.request_id = r.request_id
				    and m.status in ('PROPOSED', 'ACCEPTED', 'CONFIRMED', 'DELIVERED', 'CLOSED'))
				order by r.registered_at desc, r.request_id limit 500""").query(this::request).list();
	}

	private <T> Page<T> page(MatchingQuery query, String from, Where where, String id, String columns,
			RowMapper<T> rows) {
		long total = db.sql("select count(*) " + from + where.sql())
			.params(where.parameters)
			.query(Long.class)
			.single();
		String direction = query.descending() ? " desc nulls last" : " asc nulls first";
		List<T> items = db
			.sql("select " + columns + " " + from + where.sql() + " order by " + query.sortColumn() + direction + ", "
					+ id + direction + " limit :limit offset :offset")
			.params(where.parameters)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(rows)
			.list();
		return new Page<>(items, query.page(), query.size(), total, (total + query.size() - 1) / query.size());
	}

	private RequestRow request(ResultSet rs, int n) throws SQLException {
		return new RequestRow(rs.getObject("request_id", UUID.class), rs.getString("status"),
				rs.getBoolean("published"), rs.getString("publication_consent"), list(rs, "requesting_states"),
				rs.getString("framework_kind"), rs.getString("framework_name"), rs.getString("title"),
				rs.getString("description"), list(rs, "areas"), list(rs, "weapon_categories"),
				list(rs, "assistance_types"), list(rs, "languages"), rs.getObject("needed_by", LocalDate.class),
				instant(rs, "registered_at"), instant(rs, "last_changed_at"));
	}

	private OfferRow offer(ResultSet rs, int n) throws SQLException {
		return new OfferRow(rs.getObject("offer_id", UUID.class), rs.getString("status"), rs.getBoolean("published"),
				rs.getString("publication_consent"), rs.getString("provider_type"), rs.getString("provider_code"),
				rs.getString("title"), rs.getString("description"), list(rs, "areas"), list(rs, "weapon_categories"),
				list(rs, "assistance_types"), list(rs, "languages"), list(rs, "eligible_regions"),
				list(rs, "eligible_states"), rs.getInt("capacity"), rs.getInt("capacity_remaining"),
				rs.getObject("available_from", LocalDate.class), rs.getObject("available_until", LocalDate.class),
				instant(rs, "registered_at"), instant(rs, "last_changed_at"));
	}

	private MatchRow match(ResultSet rs, int n) throws SQLException {
		return new MatchRow(rs.getObject("proposal_id", UUID.class), rs.getObject("request_id", UUID.class),
				rs.getString("request_title"), rs.getObject("offer_id", UUID.class), rs.getString("offer_title"),
				rs.getString("provider_code"), rs.getString("status"), rs.getDouble("score"), list(rs, "reasons"),
				instant(rs, "proposed_at"), instant(rs, "expires_at"), instant(rs, "reminded_at"),
				instant(rs, "answered_at"), rs.getString("decline_reason"), rs.getString("cancel_reason"),
				instant(rs, "delivered_at"), instant(rs, "closed_at"), rs.getString("outcome"),
				instant(rs, "last_changed_at"));
	}

	private static List<String> list(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String value(Object code) {
		return code == null ? null : code.toString();
	}

	private static Map<String, String> sorts(String... pairs) {
		Map<String, String> sorts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			sorts.put(pairs[i], pairs[i + 1]);
		}
		return sorts;
	}

	/** The conditions that apply, joined by {@code and}, with their parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		void add(boolean applies, String condition, String name, Object value) {
			if (applies) {
				conditions.add(condition);
				parameters.put(name, value);
			}
		}

		String sql() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}

	}

}
