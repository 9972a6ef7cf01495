/**
 * Regional approaches (programme of work, paragraph 8(f)): which frameworks States belong
 * to ({@link org.clearinghouse.regional.Frameworks}, shipped as data), and which open
 * requests could be served together as one regional activity
 * ({@link org.clearinghouse.regional.RegionalOpportunities}, a pure function).
 */
package org.clearinghouse.regional;
