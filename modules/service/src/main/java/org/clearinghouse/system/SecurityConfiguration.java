package org.clearinghouse.system;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains. The API ({@code /api/**}, {@code /actuator/**}): HTTP Basic,
 * stateless, no CSRF. The pages (everything else): a login form, a session, CSRF tokens
 * on every form. Who may call what follows the contract: the secretariat writes, donors
 * answer their proposals, the Committee reads reports, the public reads the public list.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Accounts accounts(AccountProperties properties,
			ObjectProvider<EmbeddedPostgresConfiguration.EmbeddedDatabase> embedded, PasswordEncoder encoder,
			ProviderDirectory providers) {
		return new Accounts(properties, embedded.getIfAvailable() != null, encoder, providers);
	}

	/**
	 * The one way accounts sign in, for every filter chain: the accounts, their hashes, a
	 * short memory.
	 */
	@Bean
	AuthenticationProvider authenticationProvider(Accounts accounts, PasswordEncoder encoder, Clock clock) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		return new CachingAuthentication(passwords, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
		return http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/public/**")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/api/requests/**", "/api/offers/**", "/api/matching/**")
				.hasRole(Role.SECRETARIAT.name())
				.requestMatchers("/api/reports/**")
				.hasAnyRole(Role.SECRETARIAT.name(), Role.COMMITTEE.name())
				.requestMatchers("/api/proposals/**")
				.hasAnyRole(Role.SECRETARIAT.name(), Role.DONOR.name())
				.anyRequest()
				.hasRole(Role.SECRETARIAT.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			.exceptionHandling(errors -> errors.accessDeniedHandler(problems::forbidden))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Basic-authenticated, stateless API calls carry no ambient credentials a
			// forged page could use.
			.csrf(csrf -> csrf.disable())
			.build();
	}

	/**
	 * The pages: the catch-all chain after the API's. A form login with a session, so
	 * CSRF protection stays on (Thymeleaf puts the token into every {@code th:action}
	 * form); a page the account's role may not open shows the 403 page.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/login", "/public/**", "/denied", "/error", "/css/**", "/js/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/secretariat/**")
				.hasRole(Role.SECRETARIAT.name())
				.requestMatchers("/donor/**")
				.hasRole(Role.DONOR.name())
				.requestMatchers("/committee/**")
				.hasAnyRole(Role.COMMITTEE.name(), Role.SECRETARIAT.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.exceptionHandling(errors -> errors.accessDeniedPage("/denied"))
			.build();
	}

}
