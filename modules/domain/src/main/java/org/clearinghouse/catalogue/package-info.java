/**
 * The public catalogue of forms of assistance (programme of work, paragraph 8(a)): each
 * entry a form of assistance with practical examples, curated by the secretariat.
 */
package org.clearinghouse.catalogue;
