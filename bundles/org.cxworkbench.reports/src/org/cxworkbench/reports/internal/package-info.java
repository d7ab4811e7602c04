/**
 * The BIRT plumbing behind {@link org.cxworkbench.reports.ReportRenderer}: the shared platform start-up and the HTML
 * image handler. Not API ({@code x-internal}).
 */
package org.cxworkbench.reports.internal;
