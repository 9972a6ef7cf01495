package org.clearinghouse.system;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Any instance accepts any command. Two instances that write to one aggregate at the same
 * moment both append the same sequence number; the event store's unique key lets one win,
 * and the other fails with a {@link ConcurrencyException}. Such a command is sent again,
 * a bounded number of times with a growing, jittered pause: the retry loads the aggregate
 * afresh from the event store, so it decides on the winner's events and no update is
 * lost. Only that conflict is retried; a rule the aggregate enforces fails the same way
 * every time and is answered at once. When the retries run out, the API answers 409.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandRetryConfiguration.RetryProperties.class)
class CommandRetryConfiguration {

	@Bean(destroyMethod = "shutdown")
	ScheduledExecutorService commandRetryExecutor(RetryProperties properties) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newScheduledThreadPool(properties.threads(), task -> {
			Thread thread = new Thread(task, "command-retry-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	ConcurrencyRetryScheduler concurrencyRetryScheduler(ScheduledExecutorService commandRetryExecutor,
			RetryProperties properties, MeterRegistry meters) {
		return new ConcurrencyRetryScheduler(commandRetryExecutor, properties,
				Counter.builder("clearinghouse.command.retries")
					.description("commands sent again after losing a concurrent write to the same aggregate")
					.register(meters),
				Counter.builder("clearinghouse.command.retries.exhausted")
					.description("commands that lost every retry and were answered with a conflict")
					.register(meters));
	}

	@Bean
	CommandGateway commandGateway(CommandBus commandBus, ConcurrencyRetryScheduler retries) {
		return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retries).build();
	}

	/**
	 * @param maxRetries how often a command that lost a concurrent write is sent again
	 * @param firstIntervalMillis the pause before the first retry; it doubles with each
	 * further one, and a random part of it spreads racing instances apart
	 * @param maxIntervalMillis the longest pause
	 * @param threads the threads that send retries
	 */
	@ConfigurationProperties("clearinghouse.commands.retry")
	record RetryProperties(@DefaultValue("10") int maxRetries, @DefaultValue("5") long firstIntervalMillis,
			@DefaultValue("200") long maxIntervalMillis, @DefaultValue("8") int threads) {
	}

	static final class ConcurrencyRetryScheduler implements RetryScheduler {

		private static final Logger log = LoggerFactory.getLogger(ConcurrencyRetryScheduler.class);

		private final ScheduledExecutorService executor;

		private final RetryProperties properties;

		private final Counter retries;

		private final Counter exhausted;

		ConcurrencyRetryScheduler(ScheduledExecutorService executor, RetryProperties properties, Counter retries,
				Counter exhausted) {
			this.executor = executor;
			this.properties = properties;
			this.retries = retries;
			this.exhausted = exhausted;
		}

		@Override
		public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
				List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
			if (!lostARace(lastFailure) || CurrentUnitOfWork.isStarted()) {
				// a command sent from an event handler shares the handler's transaction,
				// which the lost race has spoilt: the processor retries its whole batch
				return false;
			}
			int failed = failures.size();
			if (failed > properties.maxRetries()) {
				exhausted.increment();
				log.warn("{} lost {} concurrent writes in a row; answering with a conflict",
						commandMessage.getPayloadType().getSimpleName(), failed);
				return false;
			}
			long ceiling = Math.min(properties.maxIntervalMillis(),
					properties.firstIntervalMillis() << Math.min(failed - 1, 20));
			long pause = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
			retries.increment();
			try {
				executor.schedule(dispatchTask, pause, TimeUnit.MILLISECONDS);
				return true;
			}
			catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
				return false;
			}
		}

		static boolean lostARace(Throwable failure) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof ConcurrencyException) {
					return true;
				}
			}
			return false;
		}

	}

}
