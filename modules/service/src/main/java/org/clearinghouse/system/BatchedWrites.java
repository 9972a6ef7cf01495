package org.clearinghouse.system;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A projection's writes, gathered over the event processor's batch and sent as JDBC
 * batches when the batch commits (in its transaction, beside its token), in the order
 * they were made: a run of the same statement becomes one batch. Outside a unit of work a
 * write goes out at once. A handler that reads its own table in the same batch does not
 * see the writes still gathered; the projections that use this do not read back.
 */
@Component
public class BatchedWrites {

	private static final String PENDING = BatchedWrites.class.getName() + ".pending";

	private final JdbcTemplate jdbc;

	BatchedWrites(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void update(String sql, Object... args) {
		if (!CurrentUnitOfWork.isStarted()) {
			jdbc.update(sql, args);
			return;
		}
		UnitOfWork<?> root = CurrentUnitOfWork.get().root();
		Pending pending = root.getOrComputeResource(PENDING, key -> {
			Pending created = new Pending();
			root.onPrepareCommit(unitOfWork -> created.flush(jdbc));
			return created;
		});
		pending.add(sql, args);
	}

	private static final class Pending {

		private final List<String> statements = new ArrayList<>();

		private final List<List<Object[]>> arguments = new ArrayList<>();

		void add(String sql, Object[] args) {
			int last = statements.size() - 1;
			if (last >= 0 && statements.get(last).equals(sql)) {
				arguments.get(last).add(args);
			}
			else {
				statements.add(sql);
				List<Object[]> batch = new ArrayList<>();
				batch.add(args);
				arguments.add(batch);
			}
		}

		void flush(JdbcTemplate jdbc) {
			for (int i = 0; i < statements.size(); i++) {
				List<Object[]> batch = arguments.get(i);
				if (batch.size() == 1) {
					jdbc.update(statements.get(i), batch.get(0));
				}
				else {
					jdbc.batchUpdate(statements.get(i), batch);
				}
			}
			statements.clear();
			arguments.clear();
		}

	}

}
