package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clearinghouse.Api;
import org.junit.jupiter.api.Test;

/**
 * A donor in the browser: its inbox of proposals, an answer, and the secretariat's pages
 * it may not open.
 */
class DonorPagesTest extends BrowserTest {

	@Test
	void the_donor_accepts_a_proposal_and_sees_what_became_of_it() {
		String proposalId = new Proposals(port).proposal("INTERPOL", "BEN").proposalId();

		signIn("donor-interpol");
		assertThat(browser.getCurrentUrl()).endsWith("/donor/proposals");
		reloadUntil(() -> present("accept-" + proposalId));
		assertThat(text("proposal-" + proposalId)).contains("Drafting of export-control legislation", "Benin",
				"both cover");
		screenshot("inbox");

		clickAndLoad("accept-" + proposalId);

		assertThat(text("answered")).isEqualTo("Your acceptance is recorded.");
		reloadUntil(() -> present("earlier-" + proposalId));
		assertThat(text("earlier-" + proposalId)).contains("Accepted");
		assertThat(present("accept-" + proposalId)).isFalse();
		screenshot("inbox-after-accepting");
	}

	@Test
	void a_decline_without_a_reason_is_refused_on_the_page_and_one_with_a_reason_is_recorded() {
		String proposalId = new Proposals(port).proposal("WHO", "TCD").proposalId();

		signIn("donor-who");
		reloadUntil(() -> present("decline-" + proposalId));
		clickAndLoad("decline-" + proposalId);

		assertThat(text("reason-error")).isEqualTo("Say why, so that matching can learn from it.");
		find("reason-" + proposalId).sendKeys("our 2015 budget is committed");
		clickAndLoad("decline-" + proposalId);

		reloadUntil(() -> present("earlier-" + proposalId));
		assertThat(text("earlier-" + proposalId)).contains("Declined", "our 2015 budget is committed");
		screenshot("inbox-after-declining");
	}

	@Test
	void the_reasons_of_a_proposal_are_worded_in_the_readers_language() {
		String proposalId = new Proposals(port).proposal("IMO", "BWA").proposalId();

		signIn("donor-imo");
		reloadUntil(() -> present("proposal-" + proposalId));
		assertThat(text("proposal-" + proposalId)).contains(
				"both cover National legislation and regulations, Export and trans-shipment controls",
				"open to Botswana (named by the offer)");

		open("/donor/proposals?lang=fr");
		assertThat(text("proposal-" + proposalId))
			.contains("les deux couvrent", "ouverte à : Botswana (nommé par l'offre)")
			.doesNotContain("EXPORT_CONTROL", "both cover");
		screenshot("inbox-in-french");
	}

	@Test
	void a_donor_cannot_open_the_secretariats_pages() {
		new Proposals(port).offer("UNODA", "LSO");
		signIn("donor-unoda");
		assertThat(browser.getCurrentUrl()).endsWith("/donor/proposals");

		for (String page : List.of("/secretariat", "/secretariat/requests", "/secretariat/requests/new",
				"/secretariat/offers", "/secretariat/matches", "/secretariat/catalogue", "/secretariat/requests.csv",
				"/secretariat/offers.csv?published=false")) {
			open(page);
			assertThat(present("denied")).as(page).isTrue();
			assertThat(present("request-form")).isFalse();
		}
		screenshot("denied");
		assertThat(Api.as(port, "donor-unoda", "demo").get("/api/requests/" + java.util.UUID.randomUUID()).status())
			.isEqualTo(403);
	}

}
