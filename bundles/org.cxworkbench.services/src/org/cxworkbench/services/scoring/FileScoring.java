package org.cxworkbench.services.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.imports.Column;
import org.cxworkbench.imports.CsvColumns;
import org.cxworkbench.imports.MessageText;
import org.cxworkbench.imports.SurveyFormat;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.AnswerValues;
import org.cxworkbench.metrics.Checklist;
import org.cxworkbench.metrics.GroupOrder;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.Scoring.Answer;
import org.cxworkbench.metrics.ScoringOptions;

/**
 * Scoring the answers of a survey export directly, without a results store: one column of any dialect, encoding,
 * separator or decimal mark the readers detect, or a mystery shopper's checklist columns, scored by a metric per
 * group. Cells are read by {@link AnswerValues}, the reading the import uses too, so a file scored here and the same
 * file imported and scored from the store give the same n, value and standard error (with the weight column named
 * here as the mapping names it there).
 *
 * <p>A blank answer cell is a missing answer; any other cell that is not a valid answer, and any bad weight, stops the
 * scoring with the file and line ({@link AnswerFileException}), because a silently dropped answer changes the score
 * without anyone knowing. Headless and stateless.
 */
public final class FileScoring {

    private FileScoring() {
    }

    /**
     * The answers of one column.
     *
     * @param column       the column of answers, by header, export tag or question text
     * @param groupColumn  the column whose value is the group key, or {@code null} to put every answer in
     *                     {@code fixedGroup}
     * @param weightColumn the column of survey weights, or {@code null} for weight 1 everywhere
     */
    public static List<Answer> answers(Path file, ExportFormat format, MetricDescriptor metric, String column,
            String groupColumn, String fixedGroup, String weightColumn) throws AnswerFileException {
        List<Answer> fast = fastAnswers(file, format, metric, column, groupColumn, fixedGroup, weightColumn);
        if (fast != null) {
            return fast;
        }
        List<Answer> answers = new ArrayList<>();
        try (SurveyReader reader = SurveyReaders.open(file, format.sniffer())) {
            String answerKey = key(file, reader, column);
            String groupKey = key(file, reader, groupColumn);
            String weightKey = key(file, reader, weightColumn);
            for (SurveyRow row : reader) {
                checkShape(file, row);
                String group = groupKey == null ? fixedGroup : row.value(groupKey).orElse("");
                double weight = weight(file, row, weightKey);
                String text = row.value(answerKey).orElse(null);
                double value = Double.NaN;
                if (text != null) {
                    try {
                        value = AnswerValues.value(metric, text);
                    } catch (IllegalArgumentException e) {
                        throw new AnswerFileException(AnswerFileException.Kind.BAD_CELL, file, row.lineNumber(),
                                answerKey, e.getMessage(), null, e);
                    }
                }
                answers.add(new Answer(value, weight, group));
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e);
        }
        return answers;
    }

    /** Distinct cells remembered per column with what they read as; an answer column has a handful. */
    private static final int CACHED_CELLS = 4096;
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    /**
     * {@link #answers} of a clean UTF-8 or ASCII CSV file read by {@link CsvColumns}: the same answers in the same
     * order, each distinct cell parsed once. {@code null} when the file needs the full reader: a workbook, another
     * encoding, Qualtrics' excluded rows, anything {@link CsvColumns} gives up on, or a cell that is not a valid answer
     * or weight (the full reader then reports it with its line, as before).
     */
    private static List<Answer> fastAnswers(Path file, ExportFormat format, MetricDescriptor metric, String column,
            String groupColumn, String fixedGroup, String weightColumn) throws AnswerFileException {
        SurveyFormat sniffed;
        int headerRows;
        int width;
        int[] wanted = new int[3];
        try (InputStream in = Files.newInputStream(file)) {
            if (Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC)) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        try {
            sniffed = format.sniffer().sniff(file);
            try (SurveyReader reader = SurveyReaders.csv(file, sniffed)) {
                if (reader.dialect().excludesRows()) {
                    return null;
                }
                List<String> headers = reader.headers();
                wanted[0] = headers.indexOf(key(file, reader, column));
                String groupKey = key(file, reader, groupColumn);
                String weightKey = key(file, reader, weightColumn);
                wanted[1] = groupKey == null ? wanted[0] : headers.indexOf(groupKey);
                wanted[2] = weightKey == null ? wanted[0] : headers.indexOf(weightKey);
                headerRows = reader.dialect().headerRows();
                width = headers.size();
            }
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        boolean grouped = groupColumn != null;
        boolean weighted = weightColumn != null;
        List<Answer> answers = new ArrayList<>();
        Map<String, Double> values = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        boolean read;
        try {
            read = CsvColumns.scan(file, sniffed, headerRows, width, wanted, row -> {
                String text = row.text(0);
                double value = Double.NaN;
                if (text != null && !text.isBlank()) {
                    Double known = values.get(text);
                    if (known == null) {
                        try {
                            known = AnswerValues.value(metric, text);
                        } catch (IllegalArgumentException e) {
                            return false;
                        }
                        if (values.size() < CACHED_CELLS) {
                            values.put(text, known);
                        }
                    }
                    value = known;
                }
                String group = fixedGroup;
                if (grouped) {
                    group = row.text(1);
                    if (group == null || group.isBlank()) {
                        group = "";
                    }
                }
                double weight = 1;
                if (weighted) {
                    String cell = row.text(2);
                    Double known = cell == null ? null : weights.get(cell);
                    if (known == null) {
                        try {
                            known = AnswerValues.weight(cell);
                        } catch (IllegalArgumentException e) {
                            return false;
                        }
                        if (cell != null && weights.size() < CACHED_CELLS) {
                            weights.put(cell, known);
                        }
                    }
                    weight = known;
                }
                answers.add(new Answer(value, weight, group));
                return true;
            });
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        return read ? answers : null;
    }

    /**
     * One visit score per row from a mystery shopper's checklist columns (named after the criteria). A criterion
     * cell holds the share of its points earned (0..1, or yes/no); a blank or N/A cell
     * ({@link AnswerValues#isNotApplicable(String)}) means the criterion did not apply and is left out of that
     * visit's divisor. A row where nothing applied is a missing answer.
     */
    public static List<Answer> visits(Path file, ExportFormat format, Checklist checklist, String groupColumn,
            String fixedGroup, String weightColumn) throws AnswerFileException {
        List<Answer> answers = new ArrayList<>();
        try (SurveyReader reader = SurveyReaders.open(file, format.sniffer())) {
            Map<String, String> criteria = new LinkedHashMap<>();
            for (Checklist.Criterion criterion : checklist.criteria()) {
                criteria.put(criterion.name(), key(file, reader, criterion.name()));
            }
            String groupKey = key(file, reader, groupColumn);
            String weightKey = key(file, reader, weightColumn);
            for (SurveyRow row : reader) {
                checkShape(file, row);
                Map<String, Double> achieved = new HashMap<>();
                for (Checklist.Criterion criterion : checklist.criteria()) {
                    String column = criteria.get(criterion.name());
                    String text = row.value(column).orElse(null);
                    if (AnswerValues.isNotApplicable(text)) {
                        continue;
                    }
                    achieved.put(criterion.name(), share(file, row, column, text));
                }
                double visit = checklist.visitScore(achieved);
                answers.add(new Answer(visit, weight(file, row, weightKey),
                        groupKey == null ? fixedGroup : row.value(groupKey).orElse("")));
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, e);
        }
        return answers;
    }

    /**
     * The score of each group, groups in {@link org.cxworkbench.metrics.GroupOrder}; no answers at all give one
     * group {@code ""} with n = 0, so that a caller always has a row to show.
     *
     * @throws IllegalArgumentException when the options do not suit the metric (e.g. a parameter it needs)
     */
    public static Map<String, Score> scoreByGroup(Metric metric, List<Answer> answers, ScoringOptions options) {
        Map<String, Score> scores = groupedFirst(metric, answers, options);
        if (scores.isEmpty()) {
            return Map.of("", Scoring.score(metric, List.of(), options));
        }
        return scores;
    }

    /**
     * {@link Scoring#scoreByGroup}, its answers put into groups by hash first: a million answers fall into a few
     * groups, and a lookup by {@link GroupOrder} per answer costs more than the scoring. The same groups, order and
     * answers per group; when {@link GroupOrder} would take two distinct group texts for one, it is left to do so.
     */
    private static Map<String, Score> groupedFirst(Metric metric, List<Answer> answers, ScoringOptions options) {
        Map<String, List<Answer>> byText = new HashMap<>();
        for (Answer answer : answers) {
            byText.computeIfAbsent(answer.group(), g -> new ArrayList<>()).add(answer);
        }
        Map<String, List<Answer>> ordered = new TreeMap<>(GroupOrder.KEYS);
        for (Map.Entry<String, List<Answer>> group : byText.entrySet()) {
            if (ordered.putIfAbsent(group.getKey(), group.getValue()) != null) {
                return Scoring.scoreByGroup(metric, answers, options);
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        ordered.forEach((group, list) -> scores.put(group, Scoring.score(metric, list, options)));
        return scores;
    }

    /**
     * Each file's answers of one column scored as one group, keyed by the caller's label of the file (e.g. the name
     * the user gave), in the order given: the two periods of a comparison.
     */
    public static Map<String, Score> scoreFiles(Map<String, Path> files, ExportFormat format,
            MetricDescriptor descriptor, Metric metric, String column, String weightColumn, ScoringOptions options)
            throws AnswerFileException {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            List<Answer> answers = answers(file.getValue(), format, descriptor, column, null, file.getKey(),
                    weightColumn);
            scores.put(file.getKey(), Scoring.score(metric, answers, options));
        }
        return scores;
    }

    private static AnswerFileException unreadable(Path file, Exception e) {
        return new AnswerFileException(AnswerFileException.Kind.UNREADABLE, file, 0, null, e.getMessage(), null, e);
    }

    /**
     * A row the reader could not trust (more cells than the header, a NUL) stops the scoring like a bad answer: its
     * values may have shifted into other columns.
     */
    private static void checkShape(Path file, SurveyRow row) throws AnswerFileException {
        SurveyRow.Problem problem = row.problem();
        if (problem != null) {
            throw new AnswerFileException(problem.column() == null ? AnswerFileException.Kind.BAD_ROW
                    : AnswerFileException.Kind.BAD_CELL, file, row.lineNumber(), problem.column(), problem.reason(),
                    null, null);
        }
    }

    /** The key of the column a user named by its header, export tag or question text, or {@code null} for no name. */
    private static String key(Path file, SurveyReader reader, String name) throws AnswerFileException {
        if (name == null) {
            return null;
        }
        var column = reader.column(name).map(Column::key);
        if (column.isEmpty()) {
            throw new AnswerFileException(AnswerFileException.Kind.NO_COLUMN, file, 0, MessageText.cut(name), null,
                    reader.headers(), null);
        }
        return column.get();
    }

    private static double weight(Path file, SurveyRow row, String weightKey) throws AnswerFileException {
        if (weightKey == null) {
            return 1;
        }
        try {
            return AnswerValues.weight(row.value(weightKey).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new AnswerFileException(AnswerFileException.Kind.BAD_CELL, file, row.lineNumber(), weightKey,
                    e.getMessage(), null, e);
        }
    }

    private static double share(Path file, SurveyRow row, String column, String text) throws AnswerFileException {
        try {
            return AnswerType.YES_NO.parse(text);
        } catch (IllegalArgumentException notYesNo) {
            try {
                double share = AnswerType.DECIMAL.parse(text);
                if (share < 0 || share > 1) {
                    throw new IllegalArgumentException(text.strip() + " is outside 0..1 (the share of the "
                            + "criterion's points earned, or N/A)");
                }
                return share;
            } catch (IllegalArgumentException e) {
                throw new AnswerFileException(AnswerFileException.Kind.BAD_CELL, file, row.lineNumber(), column,
                        e.getMessage(), null, e);
            }
        }
    }
}
