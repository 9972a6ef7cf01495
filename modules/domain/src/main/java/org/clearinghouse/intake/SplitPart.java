package org.clearinghouse.intake;

import java.util.SortedSet;

import org.clearinghouse.request.RequestDetails;
import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.Rules;

/**
 * One of the requests a request spanning unrelated areas could be split into: the areas
 * of one group, and a draft of that request (the original with only those areas and the
 * group named in its title).
 */
public record SplitPart(AreaGroup group, SortedSet<Area> areas, RequestDetails draft) {

	public SplitPart {
		areas = Rules.sorted(areas);
	}

}
