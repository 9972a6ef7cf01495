package org.clearinghouse.reporting;

import java.time.Instant;

/** An event as the report reads it: what happened and when it was stored. */
record RecordedEvent(Instant at, Object payload) {

}
