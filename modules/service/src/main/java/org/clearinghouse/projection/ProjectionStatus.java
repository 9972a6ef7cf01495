package org.clearinghouse.projection;

import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Where a streaming event processor stands on this instance.
 *
 * @param lag how many events of the store it has still to handle, by global index;
 * {@code -1} when this instance holds none of its segments
 * @param share how much of the event stream this instance's segments cover (1 = all of
 * it)
 */
record ProjectionStatus(String processingGroup, boolean running, boolean replaying, boolean caughtUp, long lag,
		double share, boolean failing) {

	static ProjectionStatus of(String name, StreamingEventProcessor processor, OptionalLong head) {
		Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
		double share = segments.values().stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
		long slowest = segments.values()
			.stream()
			.mapToLong(s -> s.getCurrentPosition().orElse(-1))
			.min()
			.orElse(Long.MIN_VALUE);
		long lag = slowest == Long.MIN_VALUE ? -1 : Math.max(0, head.orElse(-1) - slowest);
		boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
		// a replayed segment stays "replaying" until an event newer than the reset
		// arrives,
		// so having caught up is reaching the head, whether replaying or not
		boolean caughtUp = !segments.isEmpty() && share >= 1.0 && lag == 0
				&& segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
		return new ProjectionStatus(name, processor.isRunning(), replaying, caughtUp, lag, share,
				segments.values().stream().anyMatch(EventTrackerStatus::isErrorState));
	}

}
