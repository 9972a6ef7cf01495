/**
 * Operating the projections: how far behind the event store each event processor is (a
 * Micrometer gauge and an admin endpoint), and rebuilding a projection by replaying the
 * event store into it.
 */
package org.clearinghouse.projection;
