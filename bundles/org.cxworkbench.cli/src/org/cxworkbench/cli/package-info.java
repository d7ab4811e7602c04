/**
 * {@code cxw}, the headless command line of CX Workbench: import, score, compare, report, validate, server and
 * demo, for automation and for machines without a display. It never loads SWT or JFace. Commands implement
 * {@link org.cxworkbench.cli.Command}; the conventions (exit codes, one-line errors, machine output on stdout) are
 * in {@link org.cxworkbench.cli.Cxw}. Each command declares its options with
 * {@code org.cxworkbench.cli.internal.CommandOptions} (Apache Commons CLI underneath, a wrong command line worded
 * by the command), calls the application services ({@code org.cxworkbench.services}) and prints: parse, call,
 * print.
 */
package org.cxworkbench.cli;
