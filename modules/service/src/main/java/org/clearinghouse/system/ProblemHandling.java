package org.clearinghouse.system;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.clearinghouse.matching.WrongProviderException;
import org.clearinghouse.vocabulary.InvalidDetailsException;
import org.clearinghouse.vocabulary.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions into the one error format. Bad input is a 400 naming every bad field;
 * an unknown id a 404; a write the aggregate's state forbids a 409. Messages name fields
 * and codes, never the content of a request or offer.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	@ExceptionHandler(InvalidDetailsException.class)
	ProblemDetail invalid(InvalidDetailsException ex) {
		return invalidInput(ex.violations());
	}

	@ExceptionHandler({ NotFoundException.class, AggregateNotFoundException.class })
	ProblemDetail notFound(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such " + thing(ex));
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	/** Another write to the same aggregate won the race and the retries ran out. */
	@ExceptionHandler(ConcurrencyException.class)
	ProblemDetail concurrentWrite(ConcurrencyException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"it was changed at the same moment by someone else; read it again and retry");
	}

	@ExceptionHandler({ WrongProviderException.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "this account may not do this");
	}

	/**
	 * PostgreSQL cannot be reached: 503, and the client may retry. Any other unexpected
	 * failure goes on to the usual 500.
	 */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		if (!DatabaseUnavailable.causes(ex)) {
			throw ex;
		}
		log.warn("the database cannot be reached: {}", ex.toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(DatabaseUnavailable.problem());
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail keyReused(IdempotencyKeyReusedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(invalidInput(List.of(unreadable(ex))));
	}

	static ProblemDetail invalidInput(List<Violation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid");
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
		return problem;
	}

	/** Names the field Jackson stumbled on, without echoing what was sent. */
	private static Violation unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = JsonPaths.of(mapping.getPath());
			if (mapping instanceof UnrecognizedPropertyException) {
				return new Violation(field, "is not a known field");
			}
			if (mapping instanceof InvalidFormatException format) {
				return new Violation(field, "must be " + JsonPaths.describe(format.getTargetType()));
			}
			return new Violation(field, "has the wrong type");
		}
		log.debug("unreadable body", ex);
		return new Violation("body", "is not a well-formed JSON document");
	}

	private static String thing(RuntimeException ex) {
		return ex instanceof NotFoundException notFound ? notFound.what() : "item";
	}

}
