/**
 * What every capability relies on and none owns: the event store on PostgreSQL, the
 * embedded database of a local run, accounts and security, the one clock, the one error
 * format and idempotent writes.
 */
package org.clearinghouse.system;
