/**
 * The vocabulary of resolution 1540 that requests, offers and matching share: areas,
 * weapon categories, forms of assistance, country, region and language codes, and the
 * rules every piece of registered text obeys. Each value object validates itself once, on
 * creation.
 */
package org.clearinghouse.vocabulary;
