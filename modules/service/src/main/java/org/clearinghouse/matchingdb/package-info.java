/**
 * The matching database (programme of work, paragraph 8(a)): requests, offers and the
 * matches between them with their status, filtered, searched, paged and exported as CSV
 * for the secretariat.
 */
package org.clearinghouse.matchingdb;
