package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The secretariat's lists in the browser: the matching database's filters kept in the
 * link, the CSV of exactly the filtered rows, the list of matches; and the catalogue of
 * forms of assistance, curated on its page.
 */
class SecretariatListsPagesTest extends BrowserTest {

	/** A word of this test's own, so that the other tests' rows do not count. */
	private final String marker = "lists"
			+ Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).replaceAll("[0-9]", "x");

	@Test
	void the_secretariat_filters_the_requests_by_area_and_visibility_and_downloads_exactly_the_filtered_rows()
			throws Exception {
		String confidential = request("Outreach to universities on biosecurity " + marker, "OUTREACH", "REFUSED");
		String published = request("Review of the export-control act " + marker, "LEGISLATION", "GIVEN");
		signIn("secretariat");
		clickAndLoad("nav-requests");

		find("q").sendKeys(marker);
		new Select(find("area")).selectByValue("OUTREACH");
		new Select(find("state")).selectByValue("NAM");
		assertThat(new Select(find("state")).getFirstSelectedOption().getText()).isEqualTo("Namibia");
		clickAndLoad("search");

		assertThat(browser.getCurrentUrl()).contains("area=OUTREACH", "state=NAM", "q=" + marker);
		reloadUntil(() -> present("request-" + confidential));
		assertThat(text("requests")).contains("Outreach to universities on biosecurity", "Namibia",
				"Awareness-raising and outreach");
		assertThat(present("request-" + published)).as("another area").isFalse();
		assertThat(new Select(find("area")).getFirstSelectedOption().getText())
			.as("the form shows the filter it applied")
			.isEqualTo("Awareness-raising and outreach");
		screenshot("requests-filtered-by-area");

		new Select(find("area")).selectByValue("");
		new Select(find("published")).selectByValue("false");
		clickAndLoad("search");
		reloadUntil(() -> present("request-" + confidential));
		assertThat(present("request-" + published)).as("published, not confidential").isFalse();
		assertThat(text("list-count")).isEqualTo("1 found");

		List<CSVRecord> rows = csv(find("csv").getAttribute("href"));
		assertThat(rows).extracting(r -> r.get("id")).containsExactly(confidential);
		assertThat(rows.get(0).get("title")).isEqualTo("Outreach to universities on biosecurity " + marker);
		assertThat(rows.get(0).get("published")).isEqualTo("false");

		new Select(find("published")).selectByValue("true");
		clickAndLoad("search");
		reloadUntil(() -> present("request-" + published));
		assertThat(csv(find("csv").getAttribute("href"))).extracting(r -> r.get("id")).containsExactly(published);
		screenshot("requests-published-only");

		clickAndLoad("nav-dashboard");
		reloadUntil(() -> text("unmatched").contains("Outreach to universities on biosecurity " + marker));

		open("/secretariat/requests?state=NAM&q=" + marker + "&lang=fr");
		assertThat(new Select(find("state")).getFirstSelectedOption().getText()).isEqualTo("Namibie");
		assertThat(text("requests")).contains("Namibie");
	}

	@Test
	void a_filter_the_rules_refuse_is_named_on_the_page() {
		signIn("secretariat");
		open("/secretariat/offers?region=999&published=maybe");

		assertThat(present("region-error")).isTrue();
		assertThat(text("published-error")).isEqualTo("Must be true or false.");
		assertThat(text("error-summary")).contains("Region", "Visibility");
	}

	@Test
	void the_secretariat_finds_an_offer_by_assistance_type_and_a_proposal_in_the_list_of_matches() throws Exception {
		Proposals.Proposal proposal = new Proposals(port).proposal("ICAO", "NAM");
		signIn("secretariat");

		open("/secretariat/offers?state=NAM&type=LEGISLATIVE_DRAFTING");
		reloadUntil(() -> text("offers").contains("ICAO"));
		open("/secretariat/offers?state=NAM&type=EQUIPMENT");
		assertThat(text("offers")).doesNotContain("ICAO");
		screenshot("offers-by-type");

		clickAndLoad("nav-matches");
		new Select(find("state")).selectByValue("NAM");
		clickAndLoad("search");
		reloadUntil(() -> present("match-" + proposal.proposalId()));
		assertThat(text("match-" + proposal.proposalId())).contains("ICAO", "Proposed");
		screenshot("matches");
		assertThat(csv(find("csv").getAttribute("href"))).extracting(r -> r.get("id")).contains(proposal.proposalId());
	}

	@Test
	void the_secretariat_adds_a_catalogue_entry_after_fixing_the_fields_the_page_named_and_retires_it() {
		String title = "Peer review of national control lists " + marker;
		signIn("secretariat");
		clickAndLoad("nav-catalogue");
		screenshot("catalogue");

		find("title").sendKeys(title);
		clickAndLoad("add-entry");
		assertThat(text("assistanceType-error")).isEqualTo("Choose the form of assistance.");
		assertThat(text("examples-error")).isEqualTo("Give at least one practical example.");
		assertThat(find("title").getAttribute("value")).isEqualTo(title);
		screenshot("catalogue-with-bad-fields");

		new Select(find("assistanceType")).selectByValue("EXPERT_ADVICE");
		find("examples").sendKeys("Peer review of a national control list against the EU dual-use list\n"
				+ "Comparison of licensing procedures between two neighbouring States");
		clickAndLoad("add-entry");

		assertThat(present("added")).isTrue();
		String row = browser.findElement(By.xpath("//tr[.//strong[text()='" + title + "']]")).getAttribute("id");
		assertThat(text(row)).contains("Expert advice and visits", "Current",
				"Comparison of licensing procedures between two neighbouring States");
		open("/public?type=EXPERT_ADVICE");
		reloadUntil(() -> browser.findElement(By.tagName("main")).getText().contains(title));

		open("/secretariat/catalogue");
		String id = row.substring("entry-".length());
		find("reason-" + id).sendKeys("merged into the expert advice entry");
		clickAndLoad("retire-" + id);

		assertThat(present("retired")).isTrue();
		assertThat(text(row)).contains("Retired");
		assertThat(present("retire-" + id)).isFalse();
		screenshot("catalogue-after-retiring");
		open("/public?type=EXPERT_ADVICE");
		reloadUntil(() -> !browser.findElement(By.tagName("main")).getText().contains(title));
	}

	@Test
	void a_register_form_sent_twice_registers_one_request() {
		signIn("secretariat");
		open("/secretariat/requests/new");
		new Select(find("requestingStates")).selectByValue("NAM");
		find("title").sendKeys("Sent twice " + marker);
		find("areas-REPORTING").click();
		find("assistanceTypes-WORKSHOP").click();

		// the same form twice, as a double click or a reload would send it
		Object pages = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.getElementById('request-form');
				const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
				  .then(answer => answer.url);
				send().then(first => send().then(second => done([first, second])), error => done(String(error)));
				""");

		assertThat(pages).asList().hasSize(2);
		List<?> urls = (List<?>) pages;
		assertThat((String) urls.get(0)).contains("/secretariat/requests/").endsWith("?registered");
		assertThat(urls.get(1)).as("the second sending shows the request the first registered").isEqualTo(urls.get(0));
		open("/secretariat/requests?q=" + marker);
		reloadUntil(() -> text("requests").contains("Sent twice " + marker));
		assertThat(text("list-count")).isEqualTo("1 found");
	}

	private String request(String title, String area, String consent) {
		Map<String, Object> body = Bodies.request();
		body.put("requestingStates", List.of("NAM"));
		body.put("title", title);
		body.put("areas", List.of(area));
		body.put("publicationConsent", consent);
		Api.Response created = Api.secretariat(port).post("/api/requests", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asText();
	}

	/** Follows a CSV link as the browser would, with its session. */
	private List<CSVRecord> csv(String href) throws IOException, InterruptedException {
		Cookie session = browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(href).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(answer.body()).startsWith("\uFEFFid,");
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(answer.body().substring(1)))) {
			return parser.getRecords();
		}
	}

}
