/**
 * The headless heart of CX Workbench: product facts here; journey files, editing commands, validation and the
 * sample journeys in {@code org.cxworkbench.core.journey}, where {@code JourneyResource} makes {@code .journey} files an
 * EMF resource (factory and content type registered in {@code plugin.xml}) for every resource set. Shared by the command line, the store, the reports and
 * the UI; it never depends on SWT or JFace.
 */
package org.cxworkbench.core;
