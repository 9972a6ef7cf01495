/**
 * Offers of assistance and assistance programmes, from States and from international,
 * regional and subregional organizations. A programme has a capacity: how many requests
 * it can serve.
 */
package org.clearinghouse.offer;
