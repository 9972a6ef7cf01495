package org.clearinghouse.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means PostgreSQL cannot be reached (no connection within the
 * pool's timeout, a connection lost, the server shutting down), however deep it is
 * wrapped. Such a failure is the service's, not the client's, and it passes: the answer
 * is 503 with {@code Retry-After}, and nothing was stored.
 */
public final class DatabaseUnavailable {

	/** Seconds a client should wait before it tries again. */
	public static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseUnavailable() {
	}

	public static boolean causes(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 30; cause = cause.getCause(), depth++) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// connection exceptions, and the server shutting down or starting up
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& "Connection is closed".equals(sql.getMessage())) {
				// the pool's stand-in for a connection it has taken back as broken
				return true;
			}
		}
		return false;
	}

	public static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"the database cannot be reached; nothing was stored; retry later");
		problem.setTitle("Service unavailable");
		return problem;
	}

}
