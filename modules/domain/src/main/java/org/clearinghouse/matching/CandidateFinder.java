package org.clearinghouse.matching;

import java.util.List;
import java.util.Set;

import org.clearinghouse.offer.OfferId;
import org.clearinghouse.request.RequestDetails;

/**
 * Finds the best candidate offers for a request among those now active, as the policy
 * ranks them.
 */
public interface CandidateFinder {

	List<Candidate> bestFor(RequestDetails request, Set<OfferId> exclude, int limit);

}
