package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.Api;
import org.clearinghouse.Bodies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The regional-opportunities page (the Committee reads it, the secretariat makes a
 * group's joint request from it), the matching-strategy review with its what-if, and a
 * donor refused both. Each test plants requests of States no other test uses.
 */
class RegionalAndStrategyPagesTest extends BrowserTest {

	/** Three CARICOM members; no other test asks for them. */
	private static final List<String> CARICOM = List.of("JAM", "TTO", "BRB");

	@Test
	void the_committee_sees_a_planted_group_and_the_secretariat_makes_its_joint_request() {
		Api secretariat = Api.secretariat(port);
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", "CARICOM-IMPACS"));
		offer.put("title", "Regional border-control training for CARICOM");
		offer.put("areas", List.of("BORDER_CONTROL"));
		offer.put("assistanceTypes", List.of("TRAINING"));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", CARICOM);
		offer.put("availableUntil", "2099-12-31");
		assertThat(secretariat.post("/api/offers", offer).status()).isEqualTo(201);
		List<String> titles = new ArrayList<>();
		for (String state : CARICOM) {
			Map<String, Object> request = Bodies.request();
			request.put("requestingStates", List.of(state));
			request.put("title", "Border-control training for the customs service: " + state);
			request.put("description", "Training of customs officers at the ports of entry.");
			request.put("areas", List.of("BORDER_CONTROL"));
			request.put("assistanceTypes", List.of("TRAINING"));
			request.put("neededBy", "2099-06-30");
			assertThat(secretariat.post("/api/requests", request).status()).isEqualTo(201);
			titles.add((String) request.get("title"));
		}

		signIn("committee");
		clickAndLoad("nav-regional");
		assertThat(text("regional-heading"))
			.isEqualTo("Regional opportunities: requests that could be served together");
		reloadUntil(() -> group(titles) != null);
		WebElement group = group(titles);
		assertThat(group.findElement(By.className("basis")).getText()).isEqualTo("Caribbean Community");
		assertThat(group.findElement(By.className("states")).getText()).contains("Jamaica", "Trinidad", "Barbados");
		assertThat(group.findElement(By.className("shared-areas")).getText()).isEqualTo("Border controls");
		assertThat(group.findElement(By.className("shared-types")).getText())
			.isEqualTo("Training and capacity building");
		assertThat(group.findElement(By.className("offers")).getText())
			.contains("Regional border-control training for CARICOM", "CARICOM-IMPACS");
		assertThat(group.findElement(By.className("suggested-title")).getText()).contains("Caribbean Community");
		assertThat(group.findElements(By.tagName("button"))).as("no button for the Committee").isEmpty();
		assertThat(find("regional-csv").getAttribute("href")).endsWith("/committee/regional-opportunities.csv");
		screenshot("regional-committee");

		browser.manage().deleteAllCookies();
		signIn("secretariat");
		open("/committee/regional-opportunities");
		String groupId = group(titles).getAttribute("id").substring("group-".length());
		screenshot("regional-secretariat");
		clickAndLoad("create-" + groupId);

		assertThat(browser.getCurrentUrl()).contains("/secretariat/requests/").contains("?joint");
		assertThat(present("joint-created")).isTrue();
		assertThat(text("request-title")).contains("Caribbean Community");
		assertThat(text("original-requests")).contains(titles);
		screenshot("joint-request");

		browser.findElement(By.linkText(titles.get(0))).click();
		reloadUntil(() -> present("joint-request-link"));
		assertThat(text("joint-request")).contains("Served by the joint request", "Caribbean Community");
		assertThat(text("history")).contains("Joined to a joint request");
		assertThat(text("specificity-score")).startsWith("Score: ");
		screenshot("original-request");

		open("/committee/regional-opportunities");
		assertThat(group(titles)).as("the group taken is not reported again").isNull();
	}

	@Test
	void the_strategy_review_renders_and_the_what_if_with_the_weights_in_force_agrees_with_the_proposals() {
		Api secretariat = Api.secretariat(port);
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", "OECS"));
		offer.put("title", "Outreach to industry in Grenada");
		offer.put("areas", List.of("OUTREACH"));
		offer.put("assistanceTypes", List.of("WORKSHOP"));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", List.of("GRD"));
		offer.put("availableUntil", "2099-12-31");
		assertThat(secretariat.post("/api/offers", offer).status()).isEqualTo(201);
		Map<String, Object> request = Bodies.request();
		request.put("requestingStates", List.of("GRD"));
		request.put("title", "Outreach workshop for chemical industry in Grenada");
		request.put("areas", List.of("OUTREACH"));
		request.put("assistanceTypes", List.of("WORKSHOP"));
		request.put("neededBy", "2099-06-30");
		String requestId = secretariat.post("/api/requests", request).json().path("id").asText();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (JsonNode proposal : secretariat.get("/api/proposals").json()) {
				if (proposal.path("requestId").asText().equals(requestId)) {
					return true;
				}
			}
			return false;
		});

		signIn("committee");
		clickAndLoad("nav-strategy");
		assertThat(text("strategy-heading")).isEqualTo("Review of matching strategies");
		assertThat(present("by-area")).isTrue();
		assertThat(present("by-type")).isTrue();
		assertThat(present("by-region")).isTrue();
		assertThat(text("by-provider")).contains("OECS");
		assertThat(text("specificity-comparison")).contains("Specific (score 60 or more)");
		reloadUntil(() -> present("unmatched-" + requestId));
		assertThat(text("unmatched-" + requestId)).contains("Offers fit, but none has been accepted yet", "Grenada");
		assertThat(find("weight-areas").getAttribute("value")).isEqualTo("0.4");
		screenshot("strategy");

		// other tests' histories may fill the list: ask for the planted request's row
		find("what-if-q").sendKeys("chemical industry in Grenada");
		clickAndLoad("compare");

		assertThat(browser.getCurrentUrl()).contains("areas=0.4");
		assertThat(present("what-if-verdict")).isTrue();
		screenshot("strategy-what-if");
		assertThat(text("what-if-listed"))
			.isEqualTo("Requests listed: 1; with the same candidates as actually proposed: 1.");
		WebElement row = find("what-if-" + requestId);
		assertThat(row.getText()).contains("Outreach workshop for chemical industry in Grenada");
		assertThat(row.findElement(By.className("agrees")).getText()).isEqualTo("Yes");
		assertThat(Integer.parseInt(text("what-if-overlap").split(" ")[0])).isPositive();

		find("weight-areas").clear();
		find("weight-areas").sendKeys("-1");
		clickAndLoad("compare");
		assertThat(text("weight-areas-error")).isEqualTo("a weight is a number, zero or more");
		assertThat(present("comparison")).isFalse();
	}

	@Test
	void a_donor_is_refused_both_pages() {
		Map<String, Object> offer = Bodies.offer();
		offer.put("provider", Map.of("type", "ORGANIZATION", "code", "CDEMA"));
		offer.put("eligibleRegions", List.of());
		offer.put("eligibleStates", List.of("DMA"));
		assertThat(Api.secretariat(port).post("/api/offers", offer).status()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Api.as(port, "donor-cdema", "demo").get("/api/proposals").status(), status -> status == 200);

		signIn("donor-cdema");
		assertThat(present("nav-regional")).isFalse();
		assertThat(present("nav-strategy")).isFalse();
		open("/committee/regional-opportunities");
		assertThat(present("denied")).isTrue();
		open("/committee/matching-strategy");
		assertThat(present("denied")).isTrue();
		screenshot("donor-denied");
	}

	/** The group on the page whose requests are exactly these, or null. */
	private WebElement group(List<String> titles) {
		for (WebElement group : browser.findElements(By.cssSelector("#groups .group"))) {
			List<String> shown = group.findElements(By.cssSelector(".requests li a, .requests li span:first-child"))
				.stream()
				.map(WebElement::getText)
				.filter(titles::contains)
				.toList();
			if (group.findElements(By.cssSelector(".requests li")).size() == titles.size()
					&& shown.containsAll(titles)) {
				return group;
			}
		}
		return null;
	}

}
