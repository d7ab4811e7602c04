/**
 * Key drivers (correlations and Johnson's relative weights of an outcome on touchpoint experience metrics, the
 * importance × performance grid), segments compared and the B2B account roll-up, over the results store.
 */
package org.cxworkbench.services.drivers;
