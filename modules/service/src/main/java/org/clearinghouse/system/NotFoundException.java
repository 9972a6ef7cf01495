package org.clearinghouse.system;

/** Nothing is known by that id (a request, an offer, a proposal). */
public class NotFoundException extends RuntimeException {

	private final String what;

	public NotFoundException(String what) {
		super("no such " + what);
		this.what = what;
	}

	public String what() {
		return what;
	}

}
