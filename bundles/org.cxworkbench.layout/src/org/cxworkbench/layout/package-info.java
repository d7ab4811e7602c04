/**
 * Automatic layout of journey maps with Eclipse ELK (layered, left to right), headless: the graphical editor uses
 * it to place touchpoints and route paths, and reports can draw the same map without a display. Journeys are not
 * linear, so loops, skips and several entries and exits are laid out like any other path.
 */
package org.cxworkbench.layout;
