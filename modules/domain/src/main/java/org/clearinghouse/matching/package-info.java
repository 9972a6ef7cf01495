/**
 * Matching: the explainable policy that ranks offers for a request, and the match
 * proposal aggregate that follows a pairing from proposal through the donor's answer to
 * delivery.
 */
package org.clearinghouse.matching;
