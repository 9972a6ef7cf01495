package org.clearinghouse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.Details.set;
import static org.clearinghouse.reporting.CommitteeHistory.O1;
import static org.clearinghouse.reporting.CommitteeHistory.R1;
import static org.clearinghouse.reporting.CommitteeHistory.noon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clearinghouse.Details;
import org.clearinghouse.matching.AssistanceDelivered;
import org.clearinghouse.matching.MatchClosed;
import org.clearinghouse.matching.MatchConfirmed;
import org.clearinghouse.matching.MatchProposed;
import org.clearinghouse.matching.ProposalAccepted;
import org.clearinghouse.matching.ProposalCancelled;
import org.clearinghouse.matching.ProposalDeclined;
import org.clearinghouse.offer.OfferId;
import org.clearinghouse.offer.ProviderCode;
import org.clearinghouse.request.RequestAmended;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.request.RequestRegistered;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.FeedbackOutcome;
import org.clearinghouse.vocabulary.ProposalId;
import org.clearinghouse.vocabulary.PublicationConsent;
import org.clearinghouse.vocabulary.WeaponCategory;
import org.junit.jupiter.api.Test;

/** The rules of the report's arithmetic, on histories built in memory. */
class ReportCalculatorTest {

	private static final Quarter Q3 = new Quarter(2014, 3);

	private static final ProviderCode DEU = ProviderCode.of("DEU");

	private final List<RecordedEvent> history = new ArrayList<>();

	@Test
	void a_quarter_is_written_year_dash_q_number_and_spans_three_months() {
		assertThat(Quarter.parse("2014-Q3").firstDay()).isEqualTo(LocalDate.of(2014, 7, 1));
		assertThat(Quarter.parse("2014-Q4").lastDay()).isEqualTo(LocalDate.of(2014, 12, 31));
		assertThat(Quarter.of(LocalDate.of(2015, 3, 31))).hasToString("2015-Q1");
	}

	@Test
	void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
		assertThat(ReportCalculator.median(List.of(20L, 5L, 10L, 30L))).isEqualTo(15.0);
		assertThat(ReportCalculator.median(List.of(7L))).isEqualTo(7.0);
		assertThat(ReportCalculator.median(List.of())).isNull();
	}

	@Test
	void given_a_request_amended_then_it_counts_under_what_it_said_at_the_reports_end() {
		at("2014-07-10", new RequestRegistered(R1, request(Area.LEGISLATION)));
		at("2014-08-10", new RequestAmended(R1, request(Area.ENFORCEMENT)));

		assertThat(report("2014-07-31").inQuarter().requests().byArea()).containsEntry("LEGISLATION", 1L)
			.containsEntry("ENFORCEMENT", 0L);
		assertThat(report("2014-12-31").inQuarter().requests().byArea()).containsEntry("LEGISLATION", 0L)
			.containsEntry("ENFORCEMENT", 1L);
	}

	@Test
	void events_after_the_as_of_day_do_not_count_but_those_on_it_do() {
		at("2014-07-10", new RequestRegistered(R1, request(Area.LEGISLATION)));
		ProposalId proposal = proposed("2014-07-20", R1, O1);
		at("2014-07-21", new ProposalAccepted(proposal, R1, O1, DEU));

		assertThat(report("2014-07-20").inQuarter().proposals().made()).isEqualTo(1);
		assertThat(report("2014-07-20").inQuarter().proposals().accepted()).isZero();
		assertThat(report("2014-07-21").inQuarter().proposals().accepted()).isEqualTo(1);
		assertThat(report("2014-07-09").cumulative().requests().registered()).isZero();
	}

	@Test
	void given_an_accepted_proposal_cancelled_then_the_request_waits_again() {
		at("2014-07-10", new RequestRegistered(R1, request(Area.LEGISLATION)));
		ProposalId proposal = proposed("2014-07-20", R1, O1);
		at("2014-07-21", new ProposalAccepted(proposal, R1, O1, DEU));

		assertThat(report("2014-08-01").openWithoutAcceptedMatch().count()).isZero();
		at("2014-08-02", new ProposalCancelled(proposal, R1, O1, DEU, "offer withdrawn"));
		assertThat(report("2014-08-02").openWithoutAcceptedMatch().requests()).singleElement()
			.satisfies(waiting -> assertThat(waiting.daysWaiting()).isEqualTo(23));
	}

	@Test
	void the_top_reasons_are_the_five_most_frequent_ties_in_alphabetical_order() {
		at("2014-07-10", new RequestRegistered(R1, request(Area.LEGISLATION)));
		String[] reasons = { "f", "e", "d", "c", "b", "a", "a", " a ", "" };
		for (int i = 0; i < reasons.length; i++) {
			OfferId offer = OfferId.of("00000000-0000-0000-0000-0000000001" + (10 + i));
			ProposalId proposal = proposed("2014-07-20", R1, offer);
			at("2014-07-21", new ProposalDeclined(proposal, R1, offer, DEU, reasons[i]));
		}

		assertThat(report("2014-09-30").inQuarter().proposals().topDeclineReasons())
			.extracting(QuarterlyReport.ReasonCount::reason, QuarterlyReport.ReasonCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a", 3L),
					org.assertj.core.groups.Tuple.tuple("(no reason given)", 1L),
					org.assertj.core.groups.Tuple.tuple("b", 1L), org.assertj.core.groups.Tuple.tuple("c", 1L),
					org.assertj.core.groups.Tuple.tuple("d", 1L));
	}

	@Test
	void a_request_counts_once_per_continent_of_its_states() {
		at("2014-07-10", new RequestRegistered(RequestId.random(), Details.request("joint", set("KEN", "UGA", "FRA"),
				set(Area.BORDER_CONTROL), set(), set(AssistanceType.TRAINING), PublicationConsent.GIVEN)));

		assertThat(report("2014-09-30").inQuarter().requests().byRegion())
			.containsExactly(java.util.Map.entry("002", 1L), java.util.Map.entry("150", 1L));
	}

	@Test
	void a_request_matched_in_80_days_counts_as_matched_within_90_and_one_in_100_does_not() {
		RequestId in80 = RequestId.random();
		RequestId in100 = RequestId.random();
		at("2014-01-10", new RequestRegistered(in80, request(Area.LEGISLATION)));
		at("2014-01-10", new RequestRegistered(in100, request(Area.LEGISLATION)));
		at("2014-03-31", new ProposalAccepted(proposed("2014-03-01", in80, O1), in80, O1, DEU));
		at("2014-04-20", new ProposalAccepted(proposed("2014-03-01", in100, O1), in100, O1, DEU));

		QuarterlyReport.Share matched = report("2014-09-30").measuresOfSuccess().matchedWithin90Days();
		assertThat(List.of(matched.of(), matched.part())).as("of, part").containsExactly(2L, 1L);
		assertThat(matched.share()).isEqualTo(0.5);
	}

	@Test
	void a_delivery_counts_under_the_areas_and_regions_of_its_request_and_the_outcome_it_was_closed_with() {
		RequestId kenya = RequestId.random();
		RequestId peru = RequestId.random();
		at("2014-04-01", new RequestRegistered(kenya, request(Area.LEGISLATION)));
		at("2014-04-01", new RequestRegistered(peru, Details.request("peru", set("PER"), set(Area.ENFORCEMENT),
				set(WeaponCategory.NUCLEAR), set(AssistanceType.EQUIPMENT), PublicationConsent.GIVEN)));
		ProposalId toPeru = delivered("2014-04-10", "2014-05-01", peru, O1);
		ProposalId toKenya = delivered("2014-04-10", "2014-08-15", kenya, O1);
		at("2014-09-01", new MatchClosed(toKenya, kenya, O1, DEU, FeedbackOutcome.PARTLY_MET, "half"));

		QuarterlyReport.DeliveryFigures quarter = report("2014-09-30").inQuarter().deliveries();
		assertThat(quarter.delivered()).isEqualTo(1);
		assertThat(quarter.byArea()).containsEntry("LEGISLATION", 1L).containsEntry("ENFORCEMENT", 0L);
		assertThat(quarter.byRegion()).containsExactly(java.util.Map.entry("002", 1L));
		assertThat(quarter.bySubRegion()).containsExactly(java.util.Map.entry("014", 1L));
		assertThat(quarter.byOutcome()).containsExactly(java.util.Map.entry("MET", 0L),
				java.util.Map.entry("PARTLY_MET", 1L), java.util.Map.entry("NOT_MET", 0L),
				java.util.Map.entry("NOT_YET_CLOSED", 0L));
		QuarterlyReport.DeliveryFigures total = report("2014-09-30").cumulative().deliveries();
		assertThat(total.delivered()).isEqualTo(2);
		assertThat(total.byArea()).containsEntry("LEGISLATION", 1L).containsEntry("ENFORCEMENT", 1L);
		assertThat(total.byRegion()).containsExactly(java.util.Map.entry("002", 1L), java.util.Map.entry("019", 1L));
		assertThat(total.bySubRegion()).containsExactly(java.util.Map.entry("005", 1L), java.util.Map.entry("014", 1L));
		assertThat(total.byOutcome()).containsEntry("PARTLY_MET", 1L).containsEntry("NOT_YET_CLOSED", 1L);
		assertThat(report("2014-08-20").inQuarter().deliveries().byOutcome()).as("not closed yet on August 20")
			.containsEntry("PARTLY_MET", 0L)
			.containsEntry("NOT_YET_CLOSED", 1L);
		assertThat(toPeru).isNotEqualTo(toKenya);
	}

	@Test
	void the_trend_gives_the_key_measures_of_the_quarter_and_the_three_before_each_as_of_its_end() {
		List<QuarterlyReport.TrendPoint> trend = ReportCalculator
			.calculate(CommitteeHistory.events(), new Quarter(2015, 2), LocalDate.parse("2015-06-30"))
			.trend();

		assertThat(trend)
			.extracting(p -> p.quarter().toString(), p -> p.asOf().toString(),
					QuarterlyReport.TrendPoint::requestsRegistered, p -> p.matchedWithin90Days().of(),
					p -> p.matchedWithin90Days().part(), p -> p.matchedWithin90Days().share(),
					QuarterlyReport.TrendPoint::medianDaysToAcceptance, QuarterlyReport.TrendPoint::assistanceDelivered)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2014-Q3", "2014-09-30", 3L, 0L, 0L, null, 22.0, 0L),
					org.assertj.core.groups.Tuple.tuple("2014-Q4", "2014-12-31", 2L, 3L, 1L, 0.3333, null, 1L),
					org.assertj.core.groups.Tuple.tuple("2015-Q1", "2015-03-31", 0L, 5L, 2L, 0.4, 70.0, 0L),
					org.assertj.core.groups.Tuple.tuple("2015-Q2", "2015-06-30", 1L, 5L, 2L, 0.4, 50.0, 0L));
	}

	@Test
	void the_trend_stops_at_the_as_of_day_of_a_report_read_within_its_quarter() {
		List<QuarterlyReport.TrendPoint> trend = ReportCalculator
			.calculate(CommitteeHistory.events(), new Quarter(2014, 4), LocalDate.parse("2014-11-20"))
			.trend();

		assertThat(trend)
			.extracting(p -> p.quarter().toString(), p -> p.asOf().toString(),
					QuarterlyReport.TrendPoint::requestsRegistered, QuarterlyReport.TrendPoint::assistanceDelivered)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2014-Q1", "2014-03-31", 0L, 0L),
					org.assertj.core.groups.Tuple.tuple("2014-Q2", "2014-06-30", 0L, 0L),
					org.assertj.core.groups.Tuple.tuple("2014-Q3", "2014-09-30", 3L, 0L),
					org.assertj.core.groups.Tuple.tuple("2014-Q4", "2014-11-20", 1L, 1L));
	}

	private ProposalId delivered(String proposedOn, String deliveredOn, RequestId request, OfferId offer) {
		ProposalId id = proposed(proposedOn, request, offer);
		at(proposedOn, new ProposalAccepted(id, request, offer, DEU));
		at(proposedOn, new MatchConfirmed(id, request, offer, DEU));
		at(deliveredOn, new AssistanceDelivered(id, request, offer, DEU, "done"));
		return id;
	}

	private QuarterlyReport report(String asOf) {
		return ReportCalculator.calculate(history, Q3, LocalDate.parse(asOf));
	}

	private void at(String date, Object event) {
		history.add(new RecordedEvent(noon(date), event));
	}

	private ProposalId proposed(String date, RequestId request, OfferId offer) {
		ProposalId id = ProposalId.forPair(request.value(), offer.value());
		at(date, new MatchProposed(id, request, offer, DEU, 0.5, List.of(), null));
		return id;
	}

	private static RequestDetails request(Area area) {
		return Details.request("request", set("KEN"), set(area), set(WeaponCategory.CHEMICAL),
				set(AssistanceType.TRAINING), PublicationConsent.GIVEN);
	}

}
