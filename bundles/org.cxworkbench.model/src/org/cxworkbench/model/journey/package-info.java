/**
 * The semantic journey model (Ecore package {@code http://cxworkbench.org/journey/1.0}): journeys, stages,
 * touchpoints, channels, paths, customer segments, B2B accounts and measurement points. Owned by this bundle and
 * generated from {@code model/journey.ecore}; it never refers to the notation package, so that everything that is
 * not drawing ignores layout. Loading, saving, commands and validation live in {@code org.cxworkbench.core}.
 */
package org.cxworkbench.model.journey;
