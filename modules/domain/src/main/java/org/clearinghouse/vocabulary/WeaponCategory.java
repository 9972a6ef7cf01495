package org.clearinghouse.vocabulary;

/** The kinds of weapons resolution 1540 keeps away from non-State actors. */
public enum WeaponCategory {

	NUCLEAR, CHEMICAL, BIOLOGICAL, MEANS_OF_DELIVERY

}
