package org.clearinghouse.matching.inbox;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How matching fares, for the review of matching strategies (programme of work, 8(b)):
 * per area, assistance type, M49 region of the requesting States and provider, proposals
 * made and what became of them, the reasons given for declining, and how long requests
 * wait for their first proposal and for an acceptance. Read from the inbox's tables.
 */
@Component
public class MatchingFigures {

	/**
	 * What became of the proposals of one group (an area, an assistance type, an M49
	 * region of the requesting States, or a provider), with the reasons given for
	 * declining, most frequent first.
	 */
	public record Outcomes(String group, long made, long accepted, long declined, long expired, long cancelled,
			long open, Double medianDaysToAnswer, List<DeclineReason> declineReasons) {
	}

	public record DeclineReason(String reason, long count) {
	}

	/** Waiting times and the requests the intake deadline caught without any proposal. */
	public record Timing(long requests, long requestsWithProposal, long requestsAccepted,
			Double medianDaysToFirstProposal, Double medianDaysToAcceptance, long notCirculatedWithinAWeek) {
	}

	public record Figures(List<Outcomes> byArea, List<Outcomes> byProvider, List<DeclineReason> declineReasons,
			Timing timing, List<Outcomes> byAssistanceType, List<Outcomes> byRegion) {
	}

	private static final String OUTCOMES = """
			count(*) as made,
			count(*) filter (where p.answered_at is not null and p.decline_reason is null) as accepted,
			count(*) filter (where p.status = 'DECLINED') as declined,
			count(*) filter (where p.status = 'EXPIRED') as expired,
			count(*) filter (where p.status = 'CANCELLED') as cancelled,
			count(*) filter (where p.status = 'PROPOSED') as open,
			percentile_cont(0.5) within group (order by extract(epoch from p.answered_at - p.proposed_at) / 86400)
			  filter (where p.answered_at is not null) as median_days_to_answer,
			array_agg(p.decline_reason) filter (where p.status = 'DECLINED') as decline_reasons
			""";

	private final JdbcClient db;

	MatchingFigures(JdbcClient db) {
		this.db = db;
	}

	public Figures now() {
		return new Figures(outcomes("""
				select a.area as grp, %s from proposal_inbox p
				join proposal_inbox_request r on r.request_id = p.request_id
				cross join unnest(r.areas) as a(area) group by a.area order by a.area""".formatted(OUTCOMES)),
				outcomes("""
						select p.provider_code as grp, %s from proposal_inbox p
						group by p.provider_code order by p.provider_code""".formatted(OUTCOMES)),
				db.sql("""
						select decline_reason, count(*) as n from proposal_inbox where status = 'DECLINED'
						group by decline_reason order by n desc, decline_reason limit 20""")
					.query((rs, n) -> new DeclineReason(rs.getString(1), rs.getLong(2)))
					.list(),
				timing(), byList("assistance_types"), byList("regions"));
	}

	/** Outcomes per value of one of the request's lists in the inbox's request table. */
	private List<Outcomes> byList(String column) {
		return outcomes("""
				select a.code as grp, %s from proposal_inbox p
				join proposal_inbox_request r on r.request_id = p.request_id
				cross join unnest(r.%s) as a(code) group by a.code order by a.code""".formatted(OUTCOMES, column));
	}

	private List<Outcomes> outcomes(String sql) {
		return db.sql(sql)
			.query((rs, n) -> new Outcomes(rs.getString("grp"), rs.getLong("made"), rs.getLong("accepted"),
					rs.getLong("declined"), rs.getLong("expired"), rs.getLong("cancelled"), rs.getLong("open"),
					(Double) rs.getObject("median_days_to_answer"), reasons(rs.getArray("decline_reasons"))))
			.list();
	}

	private static List<DeclineReason> reasons(Array reasons) throws SQLException {
		if (reasons == null) {
			return List.of();
		}
		Map<String, Long> counts = Arrays.stream((Object[]) reasons.getArray())
			.map(String::valueOf)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(entry -> new DeclineReason(entry.getKey(), entry.getValue()))
			.toList();
	}

	private Timing timing() {
		return db.sql("""
				with per_request as (
				  select r.request_id, r.circulated, r.circulation_overdue,
				    extract(epoch from min(p.proposed_at) - r.registered_at) / 86400 as to_first,
				    extract(epoch from min(p.answered_at) filter (where p.answered_at is not null
				      and p.decline_reason is null) - r.registered_at) / 86400 as to_acceptance
				  from proposal_inbox_request r left join proposal_inbox p on p.request_id = r.request_id
				  group by r.request_id, r.circulated, r.circulation_overdue, r.registered_at)
				select count(*), count(to_first), count(to_acceptance),
				  percentile_cont(0.5) within group (order by to_first),
				  percentile_cont(0.5) within group (order by to_acceptance),
				  count(*) filter (where circulation_overdue and not circulated)
				from per_request""")
			.query((rs, n) -> new Timing(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Double) rs.getObject(4),
					(Double) rs.getObject(5), rs.getLong(6)))
			.single();
	}

}
