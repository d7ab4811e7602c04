package org.cxworkbench.reports;

import java.util.List;

/**
 * A report could not be rendered completely. The message names the report and carries BIRT's own messages (e.g. the
 * SQL error of a data set), so that it can be shown to the user as it is.
 */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reportName;
    private final List<String> problems;

    public ReportException(String reportName, List<String> problems, Throwable cause) {
        super(message(reportName, problems), cause);
        this.reportName = reportName;
        this.problems = List.copyOf(problems);
    }

    private static String message(String reportName, List<String> problems) {
        return "Report '" + reportName + "' could not be rendered: "
                + (problems.isEmpty() ? "unknown reason" : String.join("; ", problems));
    }

    /** The name of the report design (its file name or URL). */
    public String reportName() {
        return reportName;
    }

    /** BIRT's messages, one per problem, most specific cause included. */
    public List<String> problems() {
        return problems;
    }
}
