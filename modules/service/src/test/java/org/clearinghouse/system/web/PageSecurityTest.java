package org.clearinghouse.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.Api;
import org.clearinghouse.ClearinghouseTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages' chain beside the API's: the public page is open, the others send to the
 * login form, HTTP Basic does not sign in to pages, and a form post needs its CSRF token.
 */
@ClearinghouseTest
class PageSecurityTest {

	@LocalServerPort
	int port;

	@Test
	void the_public_page_and_the_login_form_need_no_account() {
		Api.Response page = Api.anonymous(port).get("/public");
		Api.Response login = Api.anonymous(port).get("/login");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"_csrf\"");
	}

	@Test
	void a_secretariat_page_without_a_session_sends_to_the_login_form() {
		Api.Response page = Api.anonymous(port).get("/secretariat/requests");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.header("Location")).endsWith("/login");
	}

	@Test
	void http_basic_does_not_sign_in_to_pages_and_a_form_post_without_its_csrf_token_is_refused() {
		Api secretariat = Api.secretariat(port);

		Api.Response page = secretariat.get("/secretariat/requests");
		Api.Response post = secretariat.post("/secretariat/requests",
				"title=Forged&requestingStates=KEN&areas=LEGISLATION&assistanceTypes=TRAINING");

		assertThat(page.status()).isEqualTo(302);
		assertThat(post.status()).isEqualTo(403);
	}

	@Test
	void the_api_keeps_answering_http_basic_with_problem_documents() {
		Api.Response unauthorized = Api.anonymous(port).get("/api/requests/" + java.util.UUID.randomUUID());
		Api.Response forbidden = Api.as(port, "committee", "demo").get("/api/requests/" + java.util.UUID.randomUUID());

		assertThat(unauthorized.status()).isEqualTo(401);
		assertThat(unauthorized.contentType()).startsWith("application/problem+json");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(unauthorized.header("Set-Cookie")).isNull();
	}

}
