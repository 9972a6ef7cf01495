package org.clearinghouse.regional;

import java.util.List;
import java.util.SortedSet;

import org.clearinghouse.offer.OfferId;
import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.request.RequestId;
import org.clearinghouse.vocabulary.CountryCode;
import org.clearinghouse.vocabulary.Rules;

/**
 * Open requests that could be served together as one regional activity.
 *
 * @param id derived from the requests, so the same group keeps its id
 * @param basis why its States could request together (the preferred one)
 * @param alsoWithin the other frameworks and the sub-region that hold the same requests
 * @param states every requesting State of its requests (at least two)
 * @param requests its requests (at least two), by id
 * @param shared what all its requests ask for
 * @param offers the offers that could serve the whole group: they cover a shared area and
 * a shared type, every State of the group is eligible, and they have capacity left; the
 * offers covering most of what is shared first
 * @param suggestedRequest a draft of the joint request the States could file
 */
public record OpportunityGroup(OpportunityId id, Basis basis, List<Basis> alsoWithin, SortedSet<CountryCode> states,
		List<RequestId> requests, Shared shared, List<OfferId> offers, RequestDetails suggestedRequest) {

	public OpportunityGroup {
		alsoWithin = List.copyOf(alsoWithin);
		states = Rules.sorted(states);
		requests = List.copyOf(requests);
		offers = List.copyOf(offers);
	}

}
