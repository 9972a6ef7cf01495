package org.clearinghouse.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost guard: a failure to reach PostgreSQL anywhere in the request, in a filter
 * (idempotency keys, sign-in of donor accounts) as well as in a controller, is a 503 with
 * {@code Retry-After} instead of a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ProblemWriter problems;

	DatabaseUnavailableFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.causes(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {}: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
					ex.toString());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
			problems.write(request, response, DatabaseUnavailable.problem());
		}
	}

}
