package org.clearinghouse.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.clearinghouse.Api;
import org.clearinghouse.ClearinghouseTest;
import org.clearinghouse.EventLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The quarterly update on the real event store, figure by figure, for the history of
 * {@link CommitteeHistory}: the Committee reads it on 2014-11-20, more happens, and the
 * report as of that day still says what it said then.
 */
@ClearinghouseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyReportTest {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2014-06-01T09:00:00Z"));

	static final Instant READ_ON = Instant.parse("2014-11-20T15:00:00Z");

	static final Instant TODAY = Instant.parse("2015-12-01T12:00:00Z");

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@LocalServerPort
	int port;

	@Autowired
	EventStore eventStore;

	Api committee;

	String readOnNovember20;

	@BeforeAll
	void given_a_history_read_by_the_committee_on_november_20_and_continued_after() {
		committee = Api.as(port, "committee", "demo");
		List<RecordedEvent> history = CommitteeHistory.events();
		EventLog log = new EventLog(eventStore);
		CLOCK.set(READ_ON);
		history.stream().filter(e -> e.at().isBefore(READ_ON)).forEach(e -> log.add(e.at(), e.payload()));
		log.flush();
		readOnNovember20 = report("2014-Q4", "").body();

		CLOCK.set(TODAY);
		history.stream().filter(e -> !e.at().isBefore(READ_ON)).forEach(e -> log.add(e.at(), e.payload()));
		log.flush();
	}

	@AfterAll
	void restoreAxonsClock() {
		GenericEventMessage.clock = Clock.systemUTC();
	}

	@Test
	void the_third_quarter_of_2014_figure_by_figure() {
		JsonNode report = json("2014-Q3", "");

		assertThat(report.path("quarter").asText()).isEqualTo("2014-Q3");
		assertThat(report.path("from").asText()).isEqualTo("2014-07-01");
		assertThat(report.path("to").asText()).isEqualTo("2014-09-30");
		assertThat(report.path("asOf").asText()).isEqualTo("2015-12-01");
		for (String period : List.of("inQuarter", "cumulative")) {
			// nothing happened before the quarter: both periods say the same
			JsonNode f = report.path(period);
			JsonNode requests = f.path("requests");
			assertThat(requests.path("registered").asLong()).isEqualTo(3);
			assertCounts(requests.path("byArea"), Map.of("LEGISLATION", 1, "EXPORT_CONTROL", 2, "BORDER_CONTROL", 2));
			assertCounts(requests.path("byWeaponCategory"), Map.of("CHEMICAL", 2, "NUCLEAR", 1, "BIOLOGICAL", 1));
			assertCounts(requests.path("byAssistanceType"),
					Map.of("LEGISLATIVE_DRAFTING", 1, "EQUIPMENT", 1, "TRAINING", 2));
			assertCounts(requests.path("byRegion"), Map.of("002", 2, "019", 1));
			assertCounts(requests.path("bySubRegion"), Map.of("014", 2, "005", 1));
			assertCounts(requests.path("byRequesterKind"), Map.of("SINGLE_STATE", 2, "JOINT", 1));
			JsonNode offers = f.path("offers");
			assertThat(offers.path("registered").asLong()).isEqualTo(2);
			assertCounts(offers.path("byArea"),
					Map.of("EXPORT_CONTROL", 1, "PHYSICAL_PROTECTION", 1, "BORDER_CONTROL", 1));
			assertCounts(offers.path("byWeaponCategory"), Map.of("CHEMICAL", 1, "NUCLEAR", 2));
			assertCounts(offers.path("byAssistanceType"), Map.of("TRAINING", 1, "EQUIPMENT", 1));
			assertCounts(offers.path("byRegion"), Map.of("002", 1, "001", 1));
			assertCounts(offers.path("byProviderType"), Map.of("STATE", 1, "ORGANIZATION", 1));
			assertProposals(f.path("proposals"), 3, 1, 1, 0, 0);
			assertReasons(f.path("proposals"), "outside our programme's priorities", 1);
			assertThat(f.path("assistanceDelivered").asLong()).isZero();
			assertThat(f.path("medianDaysToFirstProposal").asDouble()).as("5, 10, 20").isEqualTo(10.0);
			assertThat(f.path("medianDaysToAcceptance").asDouble()).as("R1 in 22").isEqualTo(22.0);
		}
		assertOpen(report, 2, 33.0, 56, CommitteeHistory.R2.toString(), CommitteeHistory.R3.toString());
		assertShare(report, "matchedWithin90Days", 0, 0, null);
		assertShare(report, "proposalsAccepted", 2, 1, 0.5);
		assertShare(report, "acceptedDelivered", 1, 0, 0.0);
	}

	@Test
	void the_fourth_quarter_of_2014_for_the_quarter_and_cumulatively() {
		JsonNode report = json("2014-Q4", "");
		JsonNode q = report.path("inQuarter");
		JsonNode c = report.path("cumulative");

		assertThat(q.path("requests").path("registered").asLong()).isEqualTo(2);
		assertCounts(q.path("requests").path("byArea"), Map.of("PHYSICAL_PROTECTION", 1, "LEGISLATION", 1));
		assertCounts(q.path("requests").path("byWeaponCategory"), Map.of("NUCLEAR", 1, "BIOLOGICAL", 1));
		assertCounts(q.path("requests").path("byAssistanceType"), Map.of("EQUIPMENT", 1, "EXPERT_ADVICE", 1));
		assertCounts(q.path("requests").path("byRegion"), Map.of("142", 1, "009", 1));
		assertCounts(q.path("requests").path("byRequesterKind"), Map.of("SINGLE_STATE", 2, "JOINT", 0));
		assertThat(q.path("offers").path("registered").asLong()).isEqualTo(1);
		assertCounts(q.path("offers").path("byAssistanceType"), Map.of("EXPERT_ADVICE", 1, "LEGISLATIVE_DRAFTING", 1));
		assertCounts(q.path("offers").path("byRegion"), Map.of("142", 1, "009", 1));
		assertProposals(q.path("proposals"), 3, 0, 1, 1, 0);
		assertReasons(q.path("proposals"), "no capacity left", 1);
		assertThat(q.path("assistanceDelivered").asLong()).isEqualTo(1);
		assertThat(q.path("medianDaysToFirstProposal").asDouble()).as("R4 10, R5 5").isEqualTo(7.5);
		assertThat(q.path("medianDaysToAcceptance").isNull()).isTrue();

		assertThat(c.path("requests").path("registered").asLong()).isEqualTo(5);
		assertCounts(c.path("requests").path("byArea"),
				Map.of("LEGISLATION", 2, "EXPORT_CONTROL", 2, "BORDER_CONTROL", 2, "PHYSICAL_PROTECTION", 1));
		assertCounts(c.path("requests").path("byWeaponCategory"), Map.of("CHEMICAL", 2, "NUCLEAR", 2, "BIOLOGICAL", 2));
		assertCounts(c.path("requests").path("byAssistanceType"),
				Map.of("LEGISLATIVE_DRAFTING", 1, "EQUIPMENT", 2, "TRAINING", 2, "EXPERT_ADVICE", 1));
		assertCounts(c.path("requests").path("byRegion"), Map.of("002", 2, "019", 1, "142", 1, "009", 1));
		assertCounts(c.path("requests").path("bySubRegion"), Map.of("014", 2, "005", 1, "034", 1, "054", 1));
		assertCounts(c.path("requests").path("byRequesterKind"), Map.of("SINGLE_STATE", 4, "JOINT", 1));
		assertThat(c.path("offers").path("registered").asLong()).isEqualTo(3);
		assertCounts(c.path("offers").path("byProviderType"), Map.of("STATE", 2, "ORGANIZATION", 1));
		assertProposals(c.path("proposals"), 6, 1, 2, 1, 0);
		assertReasons(c.path("proposals"), "no capacity left", 1, "outside our programme's priorities", 1);
		assertThat(c.path("assistanceDelivered").asLong()).isEqualTo(1);
		assertThat(c.path("medianDaysToFirstProposal").asDouble()).as("5, 5, 10, 10, 20").isEqualTo(10.0);
		assertThat(c.path("medianDaysToAcceptance").asDouble()).isEqualTo(22.0);

		assertOpen(report, 4, 80.0, 148, CommitteeHistory.R2.toString(), CommitteeHistory.R3.toString(),
				CommitteeHistory.R4.toString(), CommitteeHistory.R5.toString());
		assertShare(report, "matchedWithin90Days", 3, 1, 0.3333);
		assertShare(report, "proposalsAccepted", 4, 1, 0.25);
		assertShare(report, "acceptedDelivered", 1, 1, 1.0);
	}

	@Test
	void the_fourth_quarter_of_2014_counts_the_delivery_under_the_area_region_and_outcome_of_its_request() {
		JsonNode report = json("2014-Q4", "");

		for (String period : List.of("inQuarter", "cumulative")) {
			JsonNode d = report.path(period).path("deliveries");
			assertThat(d.path("delivered").asLong()).as("P1 on 2014-10-15").isEqualTo(1);
			assertCounts(d.path("byArea"), Map.of("LEGISLATION", 1, "EXPORT_CONTROL", 1));
			assertCounts(d.path("byRegion"), Map.of("002", 1));
			assertCounts(d.path("bySubRegion"), Map.of("014", 1));
			assertCounts(d.path("byOutcome"), Map.of("MET", 1));
		}
		assertThat(json("2014-Q3", "").path("cumulative").path("deliveries").path("delivered").asLong()).isZero();
		assertCounts(json("2014-Q4", "?asOf=2014-10-20").path("inQuarter").path("deliveries").path("byOutcome"),
				Map.of("NOT_YET_CLOSED", 1));
	}

	@Test
	void the_trend_gives_the_quarter_and_the_three_before_each_as_of_its_end() {
		JsonNode trend = json("2014-Q4", "").path("trend");

		assertThat(trend.findValuesAsText("quarter")).containsExactly("2014-Q1", "2014-Q2", "2014-Q3", "2014-Q4");
		assertThat(trend.findValuesAsText("asOf")).containsExactly("2014-03-31", "2014-06-30", "2014-09-30",
				"2014-12-31");
		assertThat(trend.findValues("requestsRegistered")).extracting(JsonNode::asLong).containsExactly(0L, 0L, 3L, 2L);
		assertThat(trend.findValues("assistanceDelivered")).extracting(JsonNode::asLong)
			.containsExactly(0L, 0L, 0L, 1L);
		assertThat(trend.get(2).path("medianDaysToAcceptance").asDouble()).isEqualTo(22.0);
		assertThat(trend.get(3).path("medianDaysToAcceptance").isNull()).isTrue();
		assertThat(trend.get(2).path("matchedWithin90Days").path("share").isNull()).as("none due yet").isTrue();
		JsonNode q4 = trend.get(3).path("matchedWithin90Days");
		assertThat(List.of(q4.path("of").asLong(), q4.path("part").asLong(), q4.path("share").asDouble()))
			.containsExactly(3L, 1L, 0.3333);

		JsonNode later = json("2015-Q2", "").path("trend");
		assertThat(later.findValuesAsText("quarter")).containsExactly("2014-Q3", "2014-Q4", "2015-Q1", "2015-Q2");
		assertThat(later.findValues("share")).extracting(JsonNode::asText)
			.containsExactly("null", "0.3333", "0.4", "0.4");
	}

	@Test
	void the_first_quarter_of_2015_registers_nothing_but_answers_proposals() {
		JsonNode report = json("2015-Q1", "");
		JsonNode q = report.path("inQuarter");
		JsonNode c = report.path("cumulative");

		assertThat(q.path("requests").path("registered").asLong()).isZero();
		assertThat(q.path("offers").path("registered").asLong()).isZero();
		assertProposals(q.path("proposals"), 1, 1, 1, 0, 1);
		assertReasons(q.path("proposals"), "no capacity left", 1);
		assertThat(q.path("medianDaysToFirstProposal").isNull()).isTrue();
		assertThat(q.path("medianDaysToAcceptance").asDouble()).as("R4 in 70").isEqualTo(70.0);

		assertThat(c.path("requests").path("registered").asLong()).isEqualTo(5);
		assertProposals(c.path("proposals"), 7, 2, 3, 1, 1);
		assertReasons(c.path("proposals"), "no capacity left", 2, "outside our programme's priorities", 1);
		assertThat(c.path("medianDaysToAcceptance").asDouble()).as("22, 70").isEqualTo(46.0);

		assertOpen(report, 2, 215.0, 238, CommitteeHistory.R2.toString(), CommitteeHistory.R3.toString());
		assertShare(report, "matchedWithin90Days", 5, 2, 0.4);
		assertShare(report, "proposalsAccepted", 6, 2, 0.3333);
		assertShare(report, "acceptedDelivered", 2, 1, 0.5);
	}

	@Test
	void the_second_quarter_of_2015() {
		JsonNode q = json("2015-Q2", "").path("inQuarter");

		assertThat(q.path("requests").path("registered").asLong()).isEqualTo(1);
		assertCounts(q.path("requests").path("byArea"), Map.of("OUTREACH", 1));
		assertCounts(q.path("requests").path("byRegion"), Map.of("002", 1));
		assertProposals(q.path("proposals"), 1, 1, 0, 0, 0);
		assertThat(q.path("medianDaysToFirstProposal").asDouble()).isEqualTo(20.0);
		assertThat(q.path("medianDaysToAcceptance").asDouble()).isEqualTo(50.0);
	}

	@Test
	void a_quarter_in_which_nothing_happened_carries_the_totals() {
		JsonNode report = json("2015-Q3", "");
		JsonNode q = report.path("inQuarter");
		JsonNode c = report.path("cumulative");

		assertThat(q.path("requests").path("registered").asLong()).isZero();
		assertThat(q.path("offers").path("registered").asLong()).isZero();
		assertCounts(q.path("requests").path("byArea"), Map.of());
		assertThat(q.path("requests").path("byRegion").size()).isZero();
		assertProposals(q.path("proposals"), 0, 0, 0, 0, 0);
		assertThat(q.path("proposals").path("topDeclineReasons").size()).isZero();
		assertThat(q.path("assistanceDelivered").asLong()).isZero();
		assertThat(q.path("medianDaysToFirstProposal").isNull()).isTrue();
		assertThat(c.path("requests").path("registered").asLong()).isEqualTo(6);
		assertThat(c.path("offers").path("registered").asLong()).isEqualTo(3);
		assertProposals(c.path("proposals"), 8, 3, 3, 1, 1);
		assertOpen(report, 2, 398.0, 421, CommitteeHistory.R2.toString(), CommitteeHistory.R3.toString());
	}

	@Test
	void a_quarter_before_any_record_is_empty() {
		JsonNode report = json("2014-Q2", "");

		for (String period : List.of("inQuarter", "cumulative")) {
			JsonNode f = report.path(period);
			assertThat(f.path("requests").path("registered").asLong()).isZero();
			assertThat(f.path("offers").path("registered").asLong()).isZero();
			assertCounts(f.path("requests").path("byArea"), Map.of());
			assertProposals(f.path("proposals"), 0, 0, 0, 0, 0);
			assertThat(f.path("medianDaysToAcceptance").isNull()).isTrue();
		}
		assertOpen(report, 0, null, null);
		assertShare(report, "matchedWithin90Days", 0, 0, null);
		assertShare(report, "proposalsAccepted", 0, 0, null);
	}

	@Test
	void given_a_report_read_on_a_day_then_more_events_when_asked_as_of_that_day_then_it_is_the_same() {
		Api.Response asOf = report("2014-Q4", "?asOf=2014-11-20");

		assertThat(asOf.json()).isEqualTo(new Api.Response(200, Map.of(), readOnNovember20).json());
		JsonNode then = asOf.json().path("inQuarter");
		assertThat(then.path("requests").path("registered").asLong()).as("R4 only").isEqualTo(1);
		assertProposals(then.path("proposals"), 2, 0, 1, 1, 0);
		assertOpen(asOf.json(), 3, 61.0, 107, CommitteeHistory.R2.toString(), CommitteeHistory.R3.toString(),
				CommitteeHistory.R4.toString());
		assertThat(json("2014-Q4", "").path("inQuarter").path("requests").path("registered").asLong())
			.as("today the quarter is complete")
			.isEqualTo(2);
	}

	@Test
	void the_report_as_csv_is_one_row_per_figure() throws Exception {
		Api.Response csv = committee.send("GET", "/api/reports/quarterly/2014-Q4", null, Map.of("Accept", "text/csv"));

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.body().substring(1)))
			.getRecords();
		assertThat(row(rows, "requests", "registered", "")).containsExactly("2", "5");
		assertThat(row(rows, "requests", "byArea", "LEGISLATION")).containsExactly("1", "2");
		assertThat(row(rows, "requests", "bySubRegion", "014")).containsExactly("0", "2");
		assertThat(row(rows, "proposals", "topDeclineReasons", "outside our programme's priorities"))
			.containsExactly("", "1");
		assertThat(row(rows, "openWithoutAcceptedMatch", "count", "")).containsExactly("", "4");
		assertThat(row(rows, "measuresOfSuccess", "matchedWithin90Days", "share")).containsExactly("", "0.3333");
		assertThat(row(rows, "deliveries", "delivered", "")).containsExactly("1", "1");
		assertThat(row(rows, "deliveries", "byArea", "EXPORT_CONTROL")).containsExactly("1", "1");
		assertThat(row(rows, "deliveries", "byRegion", "002")).containsExactly("1", "1");
		assertThat(row(rows, "deliveries", "byOutcome", "MET")).containsExactly("1", "1");
		assertThat(row(rows, "trend", "requestsRegistered", "2014-Q3")).containsExactly("3", "");
		assertThat(row(rows, "trend", "matchedWithin90Days.share", "2014-Q4")).containsExactly("0.3333", "");
		assertThat(row(rows, "trend", "assistanceDelivered", "2014-Q4")).containsExactly("1", "");
	}

	@Test
	void the_report_as_a_printable_page_has_bar_charts_by_area_and_region() {
		Api.Response page = committee.send("GET", "/api/reports/quarterly/2014-Q4", null,
				Map.of("Accept", "text/html"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("<svg", "Requests by area", "Requests by region", "Africa", "<rect")
			.contains("Delivered assistance", "Deliveries by area", "Deliveries by region", "Trend over quarters",
					"id=\"quarterly-trend\"", "<td>2014-Q3</td><td>2014-09-30</td><td class=\"n\">3</td>",
					"33.3 % (1 of 3)", "<polyline")
			.doesNotContain("<script");
	}

	@Test
	void the_secretariat_and_the_committee_read_it_and_nobody_else() {
		assertThat(report("2014-Q4", "").status()).isEqualTo(200);
		assertThat(Api.secretariat(port).get("/api/reports/quarterly/2014-Q4").status()).isEqualTo(200);
		assertThat(Api.anonymous(port).get("/api/reports/quarterly/2014-Q4").status()).isEqualTo(401);
	}

	@Test
	void a_bad_quarter_or_a_date_in_the_future_is_refused() {
		assertThat(report("2014-Q5", "").invalidFields()).containsExactly("quarter");
		assertThat(report("2014-Q4", "?asOf=2016-01-01").invalidFields()).containsExactly("asOf");
		assertThat(report("2014-Q4", "?asOf=yesterday").invalidFields()).containsExactly("asOf");
	}

	private Api.Response report(String quarter, String query) {
		return committee.get("/api/reports/quarterly/" + quarter + query);
	}

	private JsonNode json(String quarter, String query) {
		Api.Response answer = report(quarter, query);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static List<String> row(List<CSVRecord> rows, String section, String figure, String key) {
		return rows.stream()
			.filter(r -> r.get("section").equals(section) && r.get("figure").equals(figure) && r.get("key").equals(key))
			.map(r -> List.of(r.get("quarter"), r.get("cumulative")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + section + "," + figure + "," + key));
	}

	/** The named codes have these counts, and every other listed code has none. */
	private static void assertCounts(JsonNode counts, Map<String, Integer> expected) {
		counts.fields()
			.forEachRemaining(e -> assertThat(e.getValue().asLong()).as(e.getKey())
				.isEqualTo(expected.getOrDefault(e.getKey(), 0).longValue()));
		expected.keySet().forEach(key -> assertThat(counts.has(key)).as(key).isTrue());
	}

	private static void assertProposals(JsonNode proposals, long made, long accepted, long declined, long expired,
			long cancelled) {
		assertThat(List.of(proposals.path("made").asLong(), proposals.path("accepted").asLong(),
				proposals.path("declined").asLong(), proposals.path("expired").asLong(),
				proposals.path("cancelled").asLong()))
			.as("made, accepted, declined, expired, cancelled")
			.containsExactly(made, accepted, declined, expired, cancelled);
	}

	private static void assertReasons(JsonNode proposals, Object... reasonsAndCounts) {
		JsonNode top = proposals.path("topDeclineReasons");
		assertThat(top.size()).isEqualTo(reasonsAndCounts.length / 2);
		for (int i = 0; i < reasonsAndCounts.length; i += 2) {
			assertThat(top.get(i / 2).path("reason").asText()).isEqualTo(reasonsAndCounts[i]);
			assertThat(top.get(i / 2).path("count").asLong())
				.isEqualTo(((Integer) reasonsAndCounts[i + 1]).longValue());
		}
	}

	private static void assertOpen(JsonNode report, long count, Double median, Integer longest, String... requests) {
		JsonNode open = report.path("openWithoutAcceptedMatch");
		assertThat(open.path("count").asLong()).isEqualTo(count);
		if (median == null) {
			assertThat(open.path("medianDaysWaiting").isNull()).isTrue();
			assertThat(open.path("longestDaysWaiting").isNull()).isTrue();
		}
		else {
			assertThat(open.path("medianDaysWaiting").asDouble()).isEqualTo(median);
			assertThat(open.path("longestDaysWaiting").asLong()).isEqualTo(longest.longValue());
		}
		assertThat(open.path("requests").findValuesAsText("requestId")).containsExactlyInAnyOrder(requests);
	}

	private static void assertShare(JsonNode report, String measure, long of, long part, Double share) {
		JsonNode node = report.path("measuresOfSuccess").path(measure);
		assertThat(node.path("of").asLong()).as(measure + " of").isEqualTo(of);
		assertThat(node.path("part").asLong()).as(measure + " part").isEqualTo(part);
		if (share == null) {
			assertThat(node.path("share").isNull()).as(measure).isTrue();
		}
		else {
			assertThat(node.path("share").asDouble()).as(measure).isEqualTo(share);
		}
	}

	/** The application's one clock, moved by the test. */
	static final class MutableClock extends Clock {

		private volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void set(Instant instant) {
			now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
