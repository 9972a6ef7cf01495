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
