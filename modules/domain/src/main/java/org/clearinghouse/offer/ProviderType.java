package org.clearinghouse.offer;

/** Who offers: a State, or an international, regional or subregional organization. */
public enum ProviderType {

	STATE, ORGANIZATION

}
