/**
 * The public list (programme of work, paragraph 8(a)): the catalogue of forms of
 * assistance with practical examples, and the requests and offers whose authors consented
 * to publication. Readable by anyone; nothing confidential is ever stored here.
 */
package org.clearinghouse.publiclist;
