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
import org.cxworkbench.metrics.Bucket;
import org.cxworkbench.metrics.Checklist;
import org.cxworkbench.metrics.GroupOrder;
import org.cxworkbench.metrics.Metric;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.Moments;
import org.cxworkbench.metrics.Score;
import org.cxworkbench.metrics.Scoring;
import org.cxworkbench.metrics.Scoring.Answer;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.metrics.Summary;

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
        List<Answer> fast = new ArrayList<>();
        if (fastAnswers(file, format, metric, column, groupColumn, fixedGroup, weightColumn,
                (value, weight, group) -> fast.add(new Answer(value, weight, group)))) {
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

    /** Receives the answers of the fast pass, in file order. */
    private interface Sink {
        void add(double value, double weight, String group);
    }

    /**
     * {@link #answers} of a clean UTF-8 or ASCII CSV file read by {@link CsvColumns}: the same answers in the same
     * order, each distinct cell parsed once, handed to {@code sink}. {@code false} when the file needs the full reader
     * (then the sink may have had some answers): a workbook, another encoding, Qualtrics' excluded rows, anything
     * {@link CsvColumns} gives up on, or a cell that is not a valid answer or weight (the full reader then reports it
     * with its line, as before).
     */
    private static boolean fastAnswers(Path file, ExportFormat format, MetricDescriptor metric, String column,
            String groupColumn, String fixedGroup, String weightColumn, Sink sink) throws AnswerFileException {
        SurveyFormat sniffed;
        int headerRows;
        int width;
        int[] wanted = new int[3];
        try (InputStream in = Files.newInputStream(file)) {
            if (Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try {
            sniffed = format.sniffer().sniff(file);
            try (SurveyReader reader = SurveyReaders.csv(file, sniffed)) {
                if (reader.dialect().excludesRows()) {
                    return false;
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
            return false;
        }
        boolean grouped = groupColumn != null;
        boolean weighted = weightColumn != null;
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
                sink.add(value, weight, group);
                return true;
            });
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        return read;
    }

    /**
     * One group's answers summed per bucket of the metric's aggregation as they are read: what {@link Summary#of}
     * makes of them, in the same order and with the same arithmetic (so the same figures to the last bit), without
     * keeping a value and weight per answer or a {@link Moments} per answer added.
     */
    private static final class Group {
        private final Bucket[] buckets;
        /** per bucket, the first bucket of its name: the one whose sums it adds to, as {@link Summary#of} does */
        private final int[] slots;
        private final long[] counts;
        private final double[] sumWeights;
        private final double[] sumSquaredWeights;
        private final double[] sumWeightedValues;
        private final double[] sumWeightedSquares;
        private long missing;

        Group(Bucket[] buckets) {
            this.buckets = buckets;
            slots = new int[buckets.length];
            for (int b = 0; b < buckets.length; b++) {
                int first = 0;
                while (!buckets[first].name().equals(buckets[b].name())) {
                    first++;
                }
                slots[b] = first;
            }
            counts = new long[buckets.length];
            sumWeights = new double[buckets.length];
            sumSquaredWeights = new double[buckets.length];
            sumWeightedValues = new double[buckets.length];
            sumWeightedSquares = new double[buckets.length];
        }

        /**
         * @return {@code false} for an answer {@link Summary#of} refuses (in no bucket, or a weight that is not a finite
         *         number >= 0): the full way then reports it as always
         */
        boolean add(double value, double weight) {
            if (Double.isNaN(value)) {
                missing++;
                return true;
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                return false;
            }
            for (int b = 0; b < buckets.length; b++) {
                if (buckets[b].contains(value)) {
                    // Moments.plus(value, weight), term by term
                    int slot = slots[b];
                    counts[slot]++;
                    sumWeights[slot] += weight;
                    sumSquaredWeights[slot] += weight * weight;
                    sumWeightedValues[slot] += weight * value;
                    sumWeightedSquares[slot] += weight * value * value;
                    return true;
                }
            }
            return false;
        }

        Summary summary() {
            Map<String, Moments> moments = new LinkedHashMap<>();
            for (int b = 0; b < buckets.length; b++) {
                moments.putIfAbsent(buckets[b].name(), new Moments(counts[b], sumWeights[b], sumSquaredWeights[b],
                        sumWeightedValues[b], sumWeightedSquares[b]));
            }
            return new Summary(moments, missing);
        }
    }

    /**
     * {@link #answers} and {@link #scoreByGroup} in one: the score of each group of one column, the same figures in
     * the same order. A clean CSV file is read by the fast pass into primitive arrays per group, without an object per
     * answer; anything else goes the way of {@link #answers}.
     *
     * @throws IllegalArgumentException when the options do not suit the metric
     */
    public static Map<String, Score> scoreColumn(Path file, ExportFormat format, MetricDescriptor descriptor,
            Metric metric, String column, String groupColumn, String fixedGroup, String weightColumn,
            ScoringOptions options) throws AnswerFileException {
        Bucket[] buckets = buckets(metric, options);
        Map<String, Group> groups = new HashMap<>();
        Group[] last = new Group[1];
        String[] lastKey = new String[1];
        boolean[] clean = { buckets != null };
        boolean read = clean[0] && fastAnswers(file, format, descriptor, column, groupColumn, fixedGroup,
                weightColumn, (value, weight, group) -> {
                    // the same text instance comes back for a repeated group: most rows need no lookup
                    if (group != lastKey[0]) {
                        lastKey[0] = group;
                        last[0] = groups.computeIfAbsent(group, g -> new Group(buckets));
                    }
                    clean[0] &= last[0].add(value, weight);
                });
        Map<String, Group> ordered = new TreeMap<>(GroupOrder.KEYS);
        for (Map.Entry<String, Group> group : groups.entrySet()) {
            // two texts GroupOrder takes for one group are merged by the full way, answer by answer
            read = read && ordered.putIfAbsent(group.getKey(), group.getValue()) == null;
        }
        if (!read || !clean[0]) {
            return scoreByGroup(metric, answers(file, format, descriptor, column, groupColumn, fixedGroup,
                    weightColumn), options);
        }
        if (ordered.isEmpty()) {
            return Map.of("", Scoring.score(metric, List.of(), options));
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        ordered.forEach((key, group) -> scores.put(key, metric.score(group.summary(), options)));
        return scores;
    }

    /**
     * The buckets of the metric's aggregation with these options, or {@code null} when it refuses them (the full way
     * then says why, as always).
     */
    private static Bucket[] buckets(Metric metric, ScoringOptions options) {
        try {
            return metric.aggregation(options.parameters()).buckets().toArray(Bucket[]::new);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
