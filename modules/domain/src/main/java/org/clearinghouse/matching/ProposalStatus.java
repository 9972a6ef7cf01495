package org.clearinghouse.matching;

/**
 * The life of a match proposal: proposed, then answered by the donor (accepted or
 * declined), expired unanswered, or cancelled because its request or offer went away; an
 * accepted one is confirmed by the secretariat, delivered and closed.
 */
public enum ProposalStatus {

	PROPOSED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, CONFIRMED, DELIVERED, CLOSED;

	/** Whether the proposal still waits for the donor's answer. */
	public boolean isOpen() {
		return this == PROPOSED;
	}

}
