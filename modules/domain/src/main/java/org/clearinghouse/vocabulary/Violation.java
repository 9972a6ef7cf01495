package org.clearinghouse.vocabulary;

/**
 * One thing wrong with a submitted request or offer: the field (as the API names it) and
 * why.
 */
public record Violation(String field, String message) {

}
