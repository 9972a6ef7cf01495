package org.clearinghouse.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clearinghouse.vocabulary.Violation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on every write: the first answer is kept in PostgreSQL
 * and given again, unchanged and without effect, to a retry with the same key and body,
 * also after a restart. The same key with another body is a client error (422); a retry
 * while the first is still running gets 409.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	/**
	 * A first attempt that left no answer this long ago crashed: a retry may take its
	 * place.
	 */
	private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	private final JdbcClient db;

	private final ProblemWriter problems;

	private final Clock clock;

	IdempotencyFilter(JdbcClient db, ProblemWriter problems, Clock clock) {
		this.db = db;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !WRITES.contains(request.getMethod()) || request.getHeader(IdempotencyKeys.HEADER) == null
				|| !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(IdempotencyKeys.HEADER);
		if (key.isBlank() || key.length() > IdempotencyKeys.MAX_LENGTH) {
			problems.write(request, response, ProblemHandling.invalidInput(List.of(new Violation(IdempotencyKeys.HEADER,
					"must be 1 to " + IdempotencyKeys.MAX_LENGTH + " characters"))));
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		String account = SecurityContextHolder.getContext().getAuthentication() == null ? ""
				: SecurityContextHolder.getContext().getAuthentication().getName();
		String fingerprint = fingerprint(request.getMethod(), request.getRequestURI(), body);

		Optional<StoredAnswer> earlier = claim(account, key, fingerprint);
		if (earlier.isPresent()) {
			replay(request, response, earlier.get(), fingerprint);
			return;
		}
		ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(new ReplayableRequest(request, body), cachedResponse);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			release(account, key);
			throw ex;
		}
		if (cachedResponse.getStatus() >= 500) {
			release(account, key);
		}
		else {
			db.sql("""
					update idempotency_record
					set status = ?, content_type = ?, location = ?, body = ?, completed_at = ?
					where account = ? and idempotency_key = ?""")
				.params(cachedResponse.getStatus(), cachedResponse.getContentType(),
						cachedResponse.getHeader(HttpHeaders.LOCATION), cachedResponse.getContentAsByteArray(),
						Timestamp.from(clock.instant()), account, key)
				.update();
		}
		cachedResponse.copyBodyToResponse();
	}

	/** Takes the key for this attempt, or returns what an earlier attempt left. */
	private Optional<StoredAnswer> claim(String account, String key, String fingerprint) {
		Timestamp now = Timestamp.from(clock.instant());
		int claimed = db.sql("""
				insert into idempotency_record (account, idempotency_key, fingerprint, started_at)
				values (?, ?, ?, ?) on conflict do nothing""").params(account, key, fingerprint, now).update();
		if (claimed == 1) {
			return Optional.empty();
		}
		int takenOver = db.sql("""
				update idempotency_record set started_at = ?, fingerprint = ?
				where account = ? and idempotency_key = ? and completed_at is null and started_at < ?""")
			.params(now, fingerprint, account, key, Timestamp.from(clock.instant().minus(ABANDONED_AFTER)))
			.update();
		if (takenOver == 1) {
			return Optional.empty();
		}
		return db.sql("""
				select fingerprint, status, content_type, location, body, completed_at is not null as completed
				from idempotency_record where account = ? and idempotency_key = ?""")
			.params(account, key)
			.query((rs, n) -> new StoredAnswer(rs.getString("fingerprint"), rs.getInt("status"),
					rs.getString("content_type"), rs.getString("location"), rs.getBytes("body"),
					rs.getBoolean("completed")))
			.optional()
			// released in the meantime: treat as in progress, the client retries
			.or(() -> Optional.of(new StoredAnswer(fingerprint, 0, null, null, null, false)));
	}

	private void release(String account, String key) {
		db.sql("delete from idempotency_record where account = ? and idempotency_key = ? and completed_at is null")
			.params(account, key)
			.update();
	}

	private void replay(HttpServletRequest request, HttpServletResponse response, StoredAnswer answer,
			String fingerprint) throws IOException {
		if (!answer.fingerprint().equals(fingerprint)) {
			problems.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
					new IdempotencyKeyReusedException().getMessage()));
			return;
		}
		if (!answer.completed()) {
			problems.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"the first request with this Idempotency-Key is still being processed; retry shortly"));
			return;
		}
		response.setStatus(answer.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, answer.location());
		}
		if (answer.body() != null) {
			response.getOutputStream().write(answer.body());
		}
	}

	private static String fingerprint(String method, String uri, byte[] body) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update((method + " " + uri + "\n").getBytes(StandardCharsets.UTF_8));
			sha.update(body);
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private record StoredAnswer(String fingerprint, int status, String contentType, String location, byte[] body,
			boolean completed) {
	}

}
