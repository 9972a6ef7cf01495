/**
 * The quarterly update to the Committee (programme of work, paragraph 8(g)) and its
 * measures of success (paragraph 11(f)): computed from the event store, so that a report
 * as of any past date answers exactly as it would have on that date.
 */
package org.clearinghouse.reporting;
