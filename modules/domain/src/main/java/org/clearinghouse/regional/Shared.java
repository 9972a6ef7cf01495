package org.clearinghouse.regional;

import java.util.SortedSet;

import org.clearinghouse.vocabulary.Area;
import org.clearinghouse.vocabulary.AssistanceType;
import org.clearinghouse.vocabulary.Rules;
import org.clearinghouse.vocabulary.WeaponCategory;

/**
 * What every request of a group asks for: the areas, assistance types and weapon
 * categories common to all of them. Areas and types are never empty in a group; weapon
 * categories may be.
 */
public record Shared(SortedSet<Area> areas, SortedSet<AssistanceType> assistanceTypes,
		SortedSet<WeaponCategory> weaponCategories) {

	public Shared {
		areas = Rules.sorted(areas);
		assistanceTypes = Rules.sorted(assistanceTypes);
		weaponCategories = Rules.sorted(weaponCategories);
	}

}
