package org.clearinghouse.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account; a donor carries the provider code it answers for. */
public class ClearinghouseUser extends User {

	private final Role role;

	private final String providerCode;

	public ClearinghouseUser(String username, String passwordHash, Role role, String providerCode) {
		super(username, passwordHash, authorities(role));
		this.role = role;
		this.providerCode = providerCode;
	}

	private static List<GrantedAuthority> authorities(Role role) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(role.authority()));
		return authorities;
	}

	public Role role() {
		return role;
	}

	/** The provider a donor answers for; empty for other roles. */
	public Optional<String> providerCode() {
		return Optional.ofNullable(providerCode);
	}

}
