package org.clearinghouse.system;

import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.serialization.Serializer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's db-scheduler deadline manager, with an index of the deadlines each scope
 * scheduled. Db-scheduler cannot filter its tasks, so Axon's {@code cancelAllWithinScope}
 * reads and deserializes every scheduled task (two per open request, two per open
 * proposal) to find a proposal's two; here it deletes the rows the index names. A scope
 * the index does not know (deadlines scheduled before it existed) is cancelled the old
 * way. Index rows of deadlines that fired stay until their scope is cancelled; deleting a
 * task that is gone does nothing.
 */
public class IndexedDeadlineManager extends DbSchedulerDeadlineManager {

	/** The name Axon gives its deadline tasks in {@code scheduled_tasks}. */
	static final String TASK_NAME = "AxonDeadline";

	private final JdbcTemplate jdbc;

	IndexedDeadlineManager(Builder builder, JdbcTemplate jdbc) {
		super(builder);
		this.jdbc = jdbc;
	}

	@Override
	public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
			ScopeDescriptor deadlineScope) {
		String scheduleId = super.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
		// as Axon does, the scope is described when the unit of work commits: a new
		// aggregate has no identifier before
		runOnPrepareCommitOrNow(() -> jdbc.update(
				"insert into deadline_scope (deadline_name, scope, schedule_id) values (?, ?, ?) on conflict do nothing",
				deadlineName, deadlineScope.scopeDescription(), scheduleId));
		return scheduleId;
	}

	@Override
	public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
		String description = scope.scopeDescription();
		List<String> scheduled = jdbc.queryForList(
				"select schedule_id from deadline_scope where deadline_name = ? and scope = ?", String.class,
				deadlineName, description);
		if (scheduled.isEmpty()) {
			super.cancelAllWithinScope(deadlineName, scope);
			return;
		}
		runOnPrepareCommitOrNow(() -> {
			for (String scheduleId : scheduled) {
				jdbc.update("delete from scheduled_tasks where task_name = ? and task_instance = ?", TASK_NAME,
						scheduleId);
			}
			jdbc.update("delete from deadline_scope where deadline_name = ? and scope = ?", deadlineName, description);
		});
	}

	/** In place of the one Axon's auto-configuration builds, with the same parts. */
	@Configuration(proxyBeanMethods = false)
	static class DeadlineConfiguration {

		@Bean
		DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration configuration,
				Serializer serializer, TransactionManager transactionManager, DeadlineManagerSpanFactory spanFactory,
				JdbcTemplate jdbc) {
			return new IndexedDeadlineManager(DbSchedulerDeadlineManager.builder()
				.scheduler(scheduler)
				.scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
				.serializer(serializer)
				.transactionManager(transactionManager)
				.spanFactory(spanFactory)
				.startScheduler(false)
				.stopScheduler(false), jdbc);
		}

	}

}
