package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The secretariat at work in the browser: sign in, register a request, find it. */
class SecretariatPagesTest extends BrowserTest {

	@Test
	void the_secretariat_registers_a_request_after_fixing_the_field_the_form_named_and_finds_it_in_the_list() {
		signIn("secretariat");
		assertThat(browser.getCurrentUrl()).endsWith("/secretariat");
		screenshot("dashboard");

		open("/secretariat/requests/new");
		new Select(find("requestingStates")).selectByValue("KEN");
		find("title").sendKeys("Training in CBRN detection for the customs administration");
		find("description").sendKeys("Hands-on training for border officers at the main ports of entry.");
		find("assistanceTypes-TRAINING").click();
		find("weaponCategories-CHEMICAL").click();
		find("publicationConsent-GIVEN").click();
		clickAndLoad("submit");
		screenshot("form-with-a-bad-field");

		assertThat(text("areas-error")).isEqualTo("Choose at least one area.");
		assertThat(find("error-summary").getText()).contains("Areas");
		assertThat(find("title").getAttribute("value"))
			.isEqualTo("Training in CBRN detection for the customs administration");

		find("areas-BORDER_CONTROL").click();
		clickAndLoad("submit");

		assertThat(present("registered")).isTrue();
		assertThat(text("request-title")).isEqualTo("Training in CBRN detection for the customs administration");
		assertThat(text("request-status")).isEqualTo("Open");
		assertThat(text("history")).contains("Registered", "by secretariat");
		screenshot("request-page");

		open("/secretariat/requests");
		reloadUntil(() -> text("requests").contains("Training in CBRN detection for the customs administration"));
		assertThat(text("requests")).contains("Kenya", "Border controls");
		screenshot("request-list");
	}

	@Test
	void a_joint_request_without_its_framework_is_refused_naming_the_framework() {
		signIn("secretariat");
		open("/secretariat/requests/new?joint=true");
		Select states = new Select(find("requestingStates"));
		states.selectByValue("KEN");
		states.selectByValue("UGA");
		find("title").sendKeys("Harmonised export-control lists for the customs union");
		find("areas-EXPORT_CONTROL").click();
		find("assistanceTypes-EXPERT_ADVICE").click();
		clickAndLoad("submit");

		assertThat(text("framework.kind-error")).isEqualTo("Choose the kind of framework.");
		assertThat(text("framework.name-error")).isEqualTo("Name the framework.");

		new Select(find("frameworkKind")).selectByValue("CUSTOMS_UNION");
		find("frameworkName").sendKeys("East African Community Customs Union");
		clickAndLoad("submit");
		screenshot("joint-request-page");

		assertThat(present("registered")).isTrue();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Customs union",
				"East African Community Customs Union", "Kenya", "Uganda");
	}

	@Test
	void the_secretariat_amends_a_request_and_its_history_names_the_change() {
		String requestId = new Proposals(port).proposal("IOM", "ZMB").requestId();
		signIn("secretariat");
		open("/secretariat/requests/" + requestId + "/edit");
		find("title").clear();
		find("title").sendKeys("Drafting of export-control legislation and its regulations");
		clickAndLoad("submit");

		assertThat(text("request-title")).isEqualTo("Drafting of export-control legislation and its regulations");
		assertThat(text("history")).contains("Amended", "changed: Title");
		screenshot("amended-request");
	}

	@Test
	void the_secretariat_follows_an_accepted_match_through_confirmation_and_delivery_to_closure() {
		Proposals proposals = new Proposals(port);
		Proposals.Proposal match = proposals.proposal("OSCE", "MWI");
		assertThat(proposals.donor("OSCE").post("/api/proposals/" + match.proposalId() + "/accept", null).status())
			.isEqualTo(200);
		signIn("secretariat");
		String id = match.proposalId();

		open("/secretariat/requests/" + match.requestId());
		reloadUntil(() -> present("confirm-" + id));
		screenshot("request-with-accepted-match");
		clickAndLoad("confirm-" + id);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("The match is confirmed.");
		reloadUntil(() -> present("delivered-" + id));
		find("note-" + id).sendKeys("two-week course held in Lilongwe");
		clickAndLoad("delivered-" + id);
		reloadUntil(() -> present("close-" + id));
		new Select(find("outcome-" + id)).selectByValue("MET");
		clickAndLoad("close-" + id);

		reloadUntil(() -> text("proposals").contains("Closed"));
		screenshot("request-with-closed-match");
	}

	@Test
	void the_secretariat_registers_an_offer() {
		signIn("secretariat");
		open("/secretariat/offers/new");
		new Select(find("providerType")).selectByValue("ORGANIZATION");
		find("providerCode").sendKeys("OPCW");
		find("title").sendKeys("Chemical safety and security management course");
		find("areas-PHYSICAL_PROTECTION").click();
		find("assistanceTypes-TRAINING").click();
		find("capacity").clear();
		find("capacity").sendKeys("0");
		clickAndLoad("submit");

		assertThat(text("capacity-error")).contains("at least 1");
		find("capacity").clear();
		find("capacity").sendKeys("2");
		clickAndLoad("submit");

		assertThat(present("registered")).isTrue();
		assertThat(text("offer-title")).isEqualTo("Chemical safety and security management course");
		screenshot("offer-page");
		open("/secretariat/offers");
		reloadUntil(() -> text("offers").contains("Chemical safety and security management course"));
		screenshot("offer-list");
	}

}
