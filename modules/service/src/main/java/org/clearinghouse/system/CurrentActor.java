package org.clearinghouse.system;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person or system on whose behalf a command is sent: recorded with every event. */
public final class CurrentActor {

	public static final String METADATA_KEY = "actor";

	public static final String SYSTEM = "system";

	private CurrentActor() {
	}

	public static String name() {
		return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.filter(Authentication::isAuthenticated)
			.map(Authentication::getName)
			.orElse(SYSTEM);
	}

}
