package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The pages in Arabic: chosen in the language switcher, remembered, and laid out right to
 * left.
 */
class ArabicPagesTest extends BrowserTest {

	@Test
	void the_public_page_in_arabic_is_laid_out_right_to_left_and_names_states_in_arabic() {
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "STATE", "code", "JOR"));
		offer.put("title", "Border-control training offered for the Arabic pages test");
		assertThat(Api.secretariat(port).post("/api/offers", offer).status()).isEqualTo(201);
		open("/public");
		reloadUntil(() -> text("public-list").contains("Border-control training offered for the Arabic pages test"));
		assertThat(html().getAttribute("dir")).isEqualTo("ltr");
		assertThat(text("lang-ar")).as("the switcher names Arabic in Arabic").isEqualTo("العربية");

		clickAndLoad("lang-ar");

		assertRightToLeftArabic();
		assertThat(text("public-heading")).isEqualTo("المساعدة: القائمة العامة");
		assertThat(text("lang-ar")).isEqualTo("العربية");
		assertThat(find("lang-ar").getAttribute("aria-current")).isEqualTo("true");
		WebElement row = browser.findElement(By.xpath(
				"//div[@id='public-list']//tr[td[contains(., 'Border-control training offered for the Arabic pages test')]]"));
		assertThat(row.getText()).as("the State's name from the JDK, in Arabic").contains("الأردن");
		assertThat(row.findElement(By.tagName("td")).getText()).isEqualTo("عرض");
		WebElement table = browser.findElement(By.cssSelector("#public-list table"));
		List<WebElement> headers = table.findElements(By.tagName("th"));
		assertThat(headers.get(0).getRect().getX()).as("the first column is on the right")
			.isGreaterThan(headers.get(headers.size() - 1).getRect().getX());
		screenshot("public-ar");

		open("/public");
		assertThat(html().getAttribute("lang")).as("remembered").isEqualTo("ar");
		clickAndLoad("lang-en");
		assertThat(html().getAttribute("dir")).isEqualTo("ltr");
		assertThat(text("public-heading")).isEqualTo("Assistance: the public list");
	}

	@Test
	void the_committee_reads_the_quarterly_update_in_arabic_right_to_left() {
		signIn("committee");
		assertThat(browser.getCurrentUrl()).contains("/committee/quarterly");

		clickAndLoad("lang-ar");

		assertRightToLeftArabic();
		assertThat(text("quarterly-heading")).startsWith("التقرير الفصلي المقدَّم إلى اللجنة");
		assertThat(text("quarterly-report")).as("the figures' labels too")
			.contains("الطلبات المسجلة", "الطلبات حسب المجال", "مقاييس النجاح")
			.doesNotContain("Requests registered", "Measures of success");
		assertThat(text("logout")).isEqualTo("تسجيل الخروج");
		Object chart = ((JavascriptExecutor) browser).executeScript("""
				const svg = document.querySelector('#quarterly-report svg'), label = svg.querySelector('text');
				const s = svg.getBoundingClientRect(), l = label.getBoundingClientRect();
				return [s.right - l.right, l.left - s.left];""");
		List<?> gaps = (List<?>) chart;
		assertThat(((Number) gaps.get(0)).doubleValue()).as("a chart's label is on its right").isLessThan(2);
		assertThat(((Number) gaps.get(1)).doubleValue()).as("and inside the chart").isGreaterThanOrEqualTo(0);
		screenshot("quarterly-ar");

		open("/committee/regional-opportunities");
		assertRightToLeftArabic();
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("الفرص الإقليمية");
	}

	private WebElement html() {
		return browser.findElement(By.tagName("html"));
	}

	/**
	 * Arabic, right to left: the banner's brand on the right of the account, the
	 * navigation's first item to the right of its last, the text aligned on the right.
	 */
	private void assertRightToLeftArabic() {
		assertThat(html().getAttribute("dir")).isEqualTo("rtl");
		assertThat(html().getAttribute("lang")).isEqualTo("ar");
		assertThat(browser.findElement(By.className("brand")).getText())
			.isEqualTo("مركز تبادل المعلومات المتعلقة بالمساعدة في إطار القرار 1540");
		List<WebElement> items = browser.findElements(By.cssSelector("header.banner > nav li"));
		assertThat(items).hasSizeGreaterThan(0);
		WebElement first = items.get(0);
		WebElement last = items.get(items.size() - 1);
		if (items.size() > 1) {
			assertThat(first.getRect().getX()).as("the navigation's first item is right of its last")
				.isGreaterThan(last.getRect().getX());
		}
		WebElement brand = browser.findElement(By.className("brand"));
		WebElement account = browser.findElement(By.className("account"));
		assertThat(brand.getRect().getX()).as("the brand is right of the account")
			.isGreaterThan(account.getRect().getX());
		Object gap = ((JavascriptExecutor) browser).executeScript("""
				const heading = document.querySelector('main h1'), text = document.createRange();
				text.selectNodeContents(heading);
				return heading.getBoundingClientRect().right - text.getBoundingClientRect().right;""");
		assertThat(((Number) gap).doubleValue()).as("the heading's text starts on the right").isLessThan(2);
		assertThat(((JavascriptExecutor) browser)
			.executeScript("return getComputedStyle(document.querySelector('main')).direction")).isEqualTo("rtl");
	}

}
