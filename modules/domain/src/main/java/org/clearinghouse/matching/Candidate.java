package org.clearinghouse.matching;

import java.util.List;

/**
 * An offer that passes every hard filter for a request, with its score and the reasons
 * for it.
 */
public record Candidate(OfferProfile offer, double score, List<String> reasons) {

}
