package org.clearinghouse.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers a successful sign-in for a few minutes. The API is stateless HTTP Basic:
 * without this, every call would pay for a deliberately slow password hash (bcrypt, tens
 * of milliseconds of CPU), and the service would do little but hash passwords. Only a
 * digest of the password is kept, and a changed or wrong password never matches it.
 */
class CachingAuthentication implements AuthenticationProvider {

	private static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

	private static final int MOST_REMEMBERED = 10_000;

	private final AuthenticationProvider delegate;

	private final Clock clock;

	private final Map<String, Remembered> remembered = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
			return size() > MOST_REMEMBERED;
		}

	};

	CachingAuthentication(AuthenticationProvider delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String key = key(attempt);
		Instant now = clock.instant();
		synchronized (remembered) {
			Remembered known = remembered.get(key);
			if (known != null && known.until().isAfter(now)) {
				return known.authentication();
			}
		}
		Authentication authenticated = delegate.authenticate(attempt);
		if (authenticated != null && authenticated.isAuthenticated()) {
			synchronized (remembered) {
				remembered.put(key, new Remembered(authenticated, now.plus(REMEMBERED_FOR)));
			}
		}
		return authenticated;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String key(Authentication attempt) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(attempt.getName().getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(String.valueOf(attempt.getCredentials()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private record Remembered(Authentication authentication, Instant until) {
	}

}
