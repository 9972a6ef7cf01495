package org.clearinghouse.system;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic for the API, stateless. Who may call what follows the contract: the
 * secretariat writes, donors answer their proposals, the Committee reads reports, the
 * public reads the public list.
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

}
