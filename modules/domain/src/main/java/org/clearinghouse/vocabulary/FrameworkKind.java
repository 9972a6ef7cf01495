package org.clearinghouse.vocabulary;

/** The arrangements within which several States may request assistance jointly. */
public enum FrameworkKind {

	CUSTOMS_UNION, FREE_TRADE_AREA, NUCLEAR_WEAPON_FREE_ZONE, WMD_FREE_ZONE, REGIONAL_ORGANIZATION

}
