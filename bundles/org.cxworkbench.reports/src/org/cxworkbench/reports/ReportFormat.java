package org.cxworkbench.reports;

/** The output formats a {@link ReportRenderer} writes. */
public enum ReportFormat {

    /** One self-contained HTML page: images and charts are embedded as {@code data:} URIs. */
    HTML("html", "text/html; charset=UTF-8", "html"),

    /** A paginated PDF document. */
    PDF("pdf", "application/pdf", "pdf"),

    /** An Excel workbook, written by the spudsoft emitter that ships with BIRT. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String birtFormat;
    private final String mediaType;
    private final String fileExtension;

    ReportFormat(String birtFormat, String mediaType, String fileExtension) {
        this.birtFormat = birtFormat;
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** The name of the format in BIRT's render options (which emitter runs). */
    public String birtFormat() {
        return birtFormat;
    }

    /** The media type of the output, e.g. for a browser or a mail attachment. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String fileExtension() {
        return fileExtension;
    }
}
