/**
 * {@code cxw}, the headless command line of CX Workbench: import, score, compare, report, validate, server and
 * demo, for automation and for machines without a display. It never loads SWT or JFace. Commands implement
 * {@link org.cxworkbench.cli.Command}; the conventions (exit codes, one-line errors, machine output on stdout) are
 * in {@link org.cxworkbench.cli.Cxw}.
 */
package org.cxworkbench.cli;
