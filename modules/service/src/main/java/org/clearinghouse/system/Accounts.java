package org.clearinghouse.system;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Finds accounts: those configured, and on the embedded local run the demo accounts
 * ({@code secretariat}, {@code committee} and {@code donor-<provider>} for every provider
 * that has an offer, all with the password {@code demo}).
 */
class Accounts implements UserDetailsService {

	static final String DEMO_PASSWORD = "demo";

	static final String DONOR_PREFIX = "donor-";

	private final Map<String, AccountProperties.Account> configured;

	private final boolean demo;

	private final String demoPasswordHash;

	private final ProviderDirectory providers;

	Accounts(AccountProperties properties, boolean embeddedRun, PasswordEncoder encoder, ProviderDirectory providers) {
		this.configured = properties.accounts()
			.stream()
			.collect(Collectors.toUnmodifiableMap(AccountProperties.Account::username, Function.identity()));
		this.demo = properties.demo() != null ? properties.demo() : embeddedRun;
		this.demoPasswordHash = demo ? encoder.encode(DEMO_PASSWORD) : null;
		this.providers = providers;
	}

	boolean demo() {
		return demo;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountProperties.Account account = configured.get(username);
		if (account != null) {
			return new ClearinghouseUser(account.username(), account.passwordHash(), account.role(),
					account.provider());
		}
		if (demo) {
			if (username.equals("secretariat")) {
				return new ClearinghouseUser(username, demoPasswordHash, Role.SECRETARIAT, null);
			}
			if (username.equals("committee")) {
				return new ClearinghouseUser(username, demoPasswordHash, Role.COMMITTEE, null);
			}
			if (username.startsWith(DONOR_PREFIX)) {
				String provider = username.substring(DONOR_PREFIX.length()).toUpperCase(Locale.ROOT);
				if (providers.hasOffered(provider)) {
					return new ClearinghouseUser(username, demoPasswordHash, Role.DONOR, provider);
				}
			}
		}
		throw new UsernameNotFoundException("no account " + username);
	}

}
