package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The Committee's quarterly page, the language switcher, and the public page without an
 * account.
 */
class CommitteeAndPublicPagesTest extends BrowserTest {

	@Test
	void the_committee_opens_the_quarterly_update_and_switches_to_chinese_which_is_remembered() {
		signIn("committee");
		assertThat(browser.getCurrentUrl()).contains("/committee/quarterly");
		assertThat(text("quarterly-heading")).startsWith("Quarterly update to the Committee");
		new Select(find("quarter")).selectByIndex(1);
		clickAndLoad("show");
		assertThat(browser.getCurrentUrl()).contains("quarter=");
		assertThat(text("quarterly-report")).contains("Requests registered", "Proposals");
		assertThat(browser.findElements(By.cssSelector("#quarterly-report svg"))).isNotEmpty();
		assertThat(find("quarterly-csv").getAttribute("href")).contains("/committee/quarterly.csv?quarter=");
		assertThat(text("quarterly-report")).contains("Delivered assistance", "Trend over quarters");
		assertThat(find("quarterly-trend").findElements(By.tagName("tr"))).as("a heading and four quarters").hasSize(5);
		assertThat(text("quarterly-trend")).contains("Matched within 90 days", "Median days to acceptance");
		screenshot("quarterly-en");

		clickAndLoad("lang-zh");

		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
		assertThat(text("quarterly-heading")).startsWith("向委员会提交的季度报告");
		assertThat(browser.findElement(By.className("hint")).getText()).contains("年");
		assertThat(text("quarterly-report")).as("the figures' labels too")
			.contains("登记的请求", "按领域分列的请求", "成效指标", "已提供的援助", "各季度趋势")
			.doesNotContain("Requests registered", "Measures of success");
		assertThat(text("quarterly-trend")).contains("90天内获得匹配", "至接受的中位天数").doesNotContain("Matched within 90 days");
		screenshot("quarterly-zh");

		open("/public");
		assertThat(text("public-heading")).isEqualTo("援助：公开清单");
		open("/committee/quarterly");
		assertThat(text("quarterly-heading")).startsWith("向委员会提交的季度报告");
		screenshot("public-zh");

		clickAndLoad("lang-fr");
		assertThat(text("quarterly-heading")).startsWith("Point trimestriel au Comité");
	}

	@Test
	void a_committee_member_cannot_open_the_secretariats_pages() {
		signIn("committee");
		open("/secretariat/requests");
		assertThat(present("denied")).isTrue();
	}

	@Test
	void the_public_page_opens_without_an_account_shows_a_published_offer_and_no_confidential_request() {
		Map<String, Object> confidential = Bodies.request();
		confidential.put("title", "Confidential upgrade of physical protection at a research reactor");
		confidential.put("publicationConsent", "REFUSED");
		assertThat(Api.secretariat(port).post("/api/requests", confidential).status()).isEqualTo(201);
		Map<String, Object> published = Bodies.offer();
		published.put("provider", Map.of("type", "ORGANIZATION", "code", "CTBTO"));
		published.put("title", "Outreach workshops for customs officers on dual-use goods");
		assertThat(Api.secretariat(port).post("/api/offers", published).status()).isEqualTo(201);

		open("/public?area=EXPORT_CONTROL");
		reloadUntil(() -> text("public-list").contains("Outreach workshops for customs officers"));

		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
		assertThat(text("public-heading")).isEqualTo("Assistance: the public list");
		assertThat(new Select(find("area")).getFirstSelectedOption().getAttribute("value")).isEqualTo("EXPORT_CONTROL");
		assertThat(text("public-list")).contains("CTBTO");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.doesNotContain("Confidential upgrade of physical protection");
		assertThat(browser.findElements(By.cssSelector("#forms .form-of-assistance"))).isNotEmpty();
		screenshot("public");

		open("/public?area=OUTREACH");
		assertThat(text("public-list")).doesNotContain("Outreach workshops for customs officers");

		open("/secretariat");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(present("username")).isTrue();
		screenshot("login");
		assertThat(List.of(find("username").getAttribute("autocomplete"))).containsExactly("username");
	}

}
