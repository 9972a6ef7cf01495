package org.clearinghouse.system.web;

import java.util.UUID;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Double-submit protection for the forms that create something: the form carries a
 * {@code submission} id made when it was shown, and that id becomes the new aggregate's.
 * The same form sent twice (a double click, a reload, the back button) creates one
 * request, offer or entry; the second time finds it there and shows it.
 */
public final class Submissions {

	/** The hidden field of a creating form. */
	public static final String FIELD = "submission";

	private Submissions() {
	}

	/** A fresh id for a form about to be shown. */
	public static String fresh() {
		return UUID.randomUUID().toString();
	}

	/** The id the form carried, or a new one if it carried none (or not a valid one). */
	public static UUID idOf(String submission) {
		try {
			return submission == null || submission.isBlank() ? UUID.randomUUID() : UUID.fromString(submission.strip());
		}
		catch (IllegalArgumentException ex) {
			return UUID.randomUUID();
		}
	}

	/**
	 * Sends the creating command; if the form was sent before, the event store refuses a
	 * second stream for the id and nothing more is stored.
	 * @return whether this sending created it
	 */
	public static boolean create(Runnable send) {
		try {
			send.run();
			return true;
		}
		catch (AggregateStreamCreationException | ConcurrencyException sentBefore) {
			return false;
		}
	}

}
