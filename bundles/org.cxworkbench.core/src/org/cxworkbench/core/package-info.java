/**
 * The headless heart of CX Workbench: product facts, and (as the journey model grows) loading, saving, editing
 * domain, commands and validation of journeys. Shared by the command line, the store, the reports and the UI; it
 * never depends on SWT or JFace.
 */
package org.cxworkbench.core;
