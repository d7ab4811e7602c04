/**
 * Journey reports from the workbench: {@link org.cxworkbench.ui.reports.ReportRuns} runs one in a background job and
 * opens it; the Run Report dialog (command {@code org.cxworkbench.ui.reports.run}) asks for its parameters.
 */
package org.cxworkbench.ui.reports;
