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
		assertThat(present("quarterly-report")).isTrue();
		screenshot("quarterly-en");

		clickAndLoad("lang-zh");

		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
		assertThat(text("quarterly-heading")).startsWith("向委员会提交的季度报告");
		assertThat(browser.findElement(By.className("hint")).getText()).contains("年");
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
	void the_public_page_opens_without_an_account_and_shows_no_confidential_request() {
		Map<String, Object> confidential = Bodies.request();
		confidential.put("title", "Confidential upgrade of physical protection at a research reactor");
		confidential.put("publicationConsent", "REFUSED");
		assertThat(Api.secretariat(port).post("/api/requests", confidential).status()).isEqualTo(201);

		open("/public?area=EXPORT_CONTROL");

		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
		assertThat(text("public-heading")).isEqualTo("Assistance: the public list");
		assertThat(new Select(find("area")).getFirstSelectedOption().getAttribute("value")).isEqualTo("EXPORT_CONTROL");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.doesNotContain("Confidential upgrade of physical protection");
		// the list itself comes with the public assistance-list read model
		assertThat(find("public-list").getAttribute("data-placeholder")).isEqualTo("public-assistance-list");
		screenshot("public");

		open("/secretariat");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(present("username")).isTrue();
		screenshot("login");
		assertThat(List.of(find("username").getAttribute("autocomplete"))).containsExactly("username");
	}

}
