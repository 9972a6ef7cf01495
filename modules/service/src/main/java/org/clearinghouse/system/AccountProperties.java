package org.clearinghouse.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts of a run, from configuration. Passwords are stored hashed, in Spring
 * Security's {@code {id}hash} form, e.g. {@code {bcrypt}$2a$10$...}.
 *
 * @param accounts the configured accounts
 * @param demo the documented demo accounts (password {@code demo}); unset means on
 * exactly when the database is the embedded one, so a run on a real database has no
 * default password
 */
@ConfigurationProperties("clearinghouse.security")
public record AccountProperties(@DefaultValue List<Account> accounts, Boolean demo) {

	/**
	 * @param username the login name
	 * @param passwordHash the hashed password, with its encoder's id
	 * @param role what the account may do
	 * @param provider for a donor, the provider code whose proposals it sees
	 */
	public record Account(String username, String passwordHash, Role role, String provider) {
	}

}
