/**
 * How a journey is drawn (Ecore package {@code http://cxworkbench.org/journey/notation/1.0}): node bounds, lanes,
 * edge bendpoints, collapsed state. Refers to the semantic package, never the other way round. Generated from
 * {@code model/notation.ecore}.
 */
package org.cxworkbench.model.notation;
