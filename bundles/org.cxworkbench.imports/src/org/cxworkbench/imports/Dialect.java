package org.cxworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The survey tools whose exports we read, each with its header layout. The layouts are described in the bundle's
 * README.md; {@link #detect(List)} recognises them from the first rows of a file, and the user overrides a wrong guess
 * by {@link #id()}.
 */
public enum Dialect {

    /** Three header rows: export tags, question texts, {@code {"ImportId":"QID1"}}; preview and test responses. */
    QUALTRICS("qualtrics", 3),
    /** Two header rows: the question (only over a question's first column), then the answer option or "Response". */
    SURVEYMONKEY("surveymonkey", 2),
    /** One header row starting with "Timestamp"; a grid question is one column per row, "Question [Row]". */
    GOOGLE_FORMS("googleforms", 1),
    /** One header row of question codes (id, submitdate, lastpage, startlanguage, Q1, Q2[SQ001]) or their texts. */
    LIMESURVEY("limesurvey", 1),
    /** One header row of question texts after a respondent number column ("Vastaaja", "Respondent", "Svarande"). */
    WEBROPOL("webropol", 1),
    /** One header row, whatever it holds. */
    GENERIC("generic", 1);

    private static final Pattern IMPORT_ID = Pattern.compile("\\{\\s*\"ImportId\"\\s*:\\s*\"([^\"]*)\"");
    private static final Set<String> QUALTRICS_EXCLUDED = Set.of("preview", "test", "survey preview", "survey test");
    private static final Set<String> GOOGLE_TIMESTAMP = Set.of("timestamp", "aikaleima", "tidstämpel");
    private static final Set<String> WEBROPOL_RESPONDENT = Set.of("vastaaja", "respondent", "svarande");
    /** SurveyMonkey's second header row over a single-answer question. */
    private static final Set<String> SURVEYMONKEY_PLAIN = Set.of("", "response", "open-ended response");

    private final String id;
    private final int headerRows;

    Dialect(String id, int headerRows) {
        this.id = id;
        this.headerRows = headerRows;
    }

    /** The name a user types to override detection, e.g. {@code --dialect qualtrics}. */
    public String id() {
        return id;
    }

    /** How many rows at the top of the file are headers rather than respondents. */
    public int headerRows() {
        return headerRows;
    }

    /** The dialect with this {@link #id()}, ignoring case (and the dash in "google-forms"). */
    public static Optional<Dialect> byId(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Dialect dialect : values()) {
            if (dialect.id.equals(wanted)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    /**
     * The order of day and month in the slash dates this tool writes whatever its user's language, if it has one:
     * SurveyMonkey writes {@code 11/27/2026} (month first), Webropol, a Finnish tool, day first. Google Forms follows
     * the locale of its spreadsheet and the others write ISO dates, so they have none: the file's own dates or the
     * user decide (see {@link DateOrder}).
     */
    public Optional<DateOrder> dateOrder() {
        return switch (this) {
            case SURVEYMONKEY -> Optional.of(DateOrder.MONTH_FIRST);
            case WEBROPOL -> Optional.of(DateOrder.DAY_FIRST);
            default -> Optional.empty();
        };
    }

    /**
     * The tool that wrote a file, judged from its first rows (up to three; fewer for a short file). Only evidence that
     * no other tool produces counts, because a wrong dialect silently eats respondents as header rows; anything
     * unrecognised is {@link #GENERIC}.
     */
    public static Dialect detect(List<List<String>> firstRows) {
        if (firstRows.isEmpty()) {
            return GENERIC;
        }
        List<String> first = lower(firstRows.get(0));
        if (firstRows.size() >= 3 && firstRows.get(2).stream().anyMatch(cell -> IMPORT_ID.matcher(cell).find())) {
            return QUALTRICS;
        }
        if (first.contains("respondent id") && first.contains("collector id")) {
            return SURVEYMONKEY;
        }
        if (GOOGLE_TIMESTAMP.contains(first.get(0))) {
            return GOOGLE_FORMS;
        }
        if ((first.contains("submitdate") && first.contains("lastpage"))
                || (first.contains("date submitted") && first.contains("last page"))) {
            return LIMESURVEY;
        }
        if (WEBROPOL_RESPONDENT.contains(first.get(0))) {
            return WEBROPOL;
        }
        return GENERIC;
    }

    /**
     * The columns that the header rows describe.
     *
     * @param headers the first {@link #headerRows()} rows of the file, cells stripped of surrounding blanks
     */
    public List<Column> columns(List<List<String>> headers) {
        int width = headers.stream().mapToInt(List::size).max().orElse(0);
        List<Column> columns = new ArrayList<>(width);
        String question = "";
        for (int index = 0; index < width; index++) {
            String first = cell(headers, 0, index);
            switch (this) {
                case QUALTRICS -> {
                    Matcher id = IMPORT_ID.matcher(cell(headers, 2, index));
                    columns.add(new Column(index, first, blankToNull(first), blankToNull(cell(headers, 1, index)),
                            id.find() ? id.group(1) : null));
                }
                case SURVEYMONKEY -> {
                    // the question is written only over its first column; the options of a multiple choice or grid
                    // question follow under empty cells
                    if (!first.isEmpty()) {
                        question = first;
                    }
                    String option = cell(headers, 1, index);
                    String text = SURVEYMONKEY_PLAIN.contains(option.toLowerCase(Locale.ROOT)) || question.isEmpty()
                            ? (question.isEmpty() ? option : question)
                            : question + " - " + option;
                    columns.add(new Column(index, text, null, blankToNull(text), null));
                }
                case LIMESURVEY -> columns.add(new Column(index, first, blankToNull(first), blankToNull(first), null));
                default -> columns.add(new Column(index, first, null, blankToNull(first), null));
            }
        }
        return columns;
    }

    /** Whether {@link #excludes(SurveyRow)} can leave any row out (Qualtrics' previews and tests). */
    public boolean excludesRows() {
        return this == QUALTRICS;
    }

    /**
     * Whether a respondent row is not a real answer: Qualtrics keeps the researcher's own preview and test runs in the
     * export, marked in DistributionChannel ("preview", "test") or, in older exports, in Status ("Survey Preview",
     * "Survey Test"). They would skew every score.
     */
    public boolean excludes(SurveyRow row) {
        if (this != QUALTRICS) {
            return false;
        }
        for (String column : List.of("DistributionChannel", "Status")) {
            Optional<String> value = row.value(column);
            if (value.isPresent() && QUALTRICS_EXCLUDED.contains(value.get().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String cell(List<List<String>> rows, int row, int index) {
        if (row >= rows.size() || index >= rows.get(row).size()) {
            return "";
        }
        return rows.get(row).get(index);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static List<String> lower(List<String> row) {
        return row.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
