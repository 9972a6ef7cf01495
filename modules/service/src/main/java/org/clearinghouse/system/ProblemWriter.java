package org.clearinghouse.system;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Writes the one error format, {@code application/problem+json}, where no controller is
 * involved.
 */
@Component
public class ProblemWriter {

	private final ObjectMapper json;

	ProblemWriter(ObjectMapper json) {
		this.json = json;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (DatabaseUnavailable.causes(ex)) {
			// a donor account is looked up in the database: its absence is no wrong
			// password
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
			write(request, response, DatabaseUnavailable.problem());
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"clearinghouse\"");
		write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "sign in to do this"));
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response,
				ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "this account may not do this"));
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
