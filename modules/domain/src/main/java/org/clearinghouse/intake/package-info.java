/**
 * Intake (programme of work, paragraph 8(e)): helping States ask for assistance in a way
 * providers can act on. {@link org.clearinghouse.intake.Specificity} scores how specific
 * a request is and says what the secretariat could ask the State.
 */
package org.clearinghouse.intake;
