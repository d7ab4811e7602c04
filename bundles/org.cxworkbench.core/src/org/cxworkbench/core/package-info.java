/**
 * The headless heart of CX Workbench: product facts here; journey files, editing commands, validation and the
 * sample journeys in {@code org.cxworkbench.core.journey}, where {@code JourneyResource} makes a {@code .journey}
 * file an EMF resource for every resource set (its factory and content type are registered in {@code plugin.xml}).
 * Shared by the command line, the store, the reports and the UI; it never depends on SWT or JFace.
 */
package org.cxworkbench.core;
