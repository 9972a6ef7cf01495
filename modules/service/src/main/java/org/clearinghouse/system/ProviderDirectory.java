package org.clearinghouse.system;

/**
 * Whether a provider has offered assistance: demo donor accounts exist for those that
 * have.
 */
public interface ProviderDirectory {

	boolean hasOffered(String providerCode);

}
