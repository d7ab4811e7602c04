/**
 * Journey reports, headless: {@link org.cxworkbench.services.reports.ReportService} renders a report over the
 * results store into a file, with progress in work units and cancellation that leaves no file behind.
 */
package org.cxworkbench.services.reports;
