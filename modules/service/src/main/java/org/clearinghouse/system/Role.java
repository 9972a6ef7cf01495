package org.clearinghouse.system;

/** Who may do what: see the accounts table of the API contract. */
public enum Role {

	/** The Committee's support staff: registers, reviews, publishes, curates. */
	SECRETARIAT,
	/** An assistance provider: sees and answers only its own proposals. */
	DONOR,
	/** A Committee member: reads reports. */
	COMMITTEE;

	public String authority() {
		return "ROLE_" + name();
	}

}
