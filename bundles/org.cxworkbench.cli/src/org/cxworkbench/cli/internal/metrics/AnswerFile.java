package org.cxworkbench.cli.internal.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.ExitCode;
import org.cxworkbench.cli.internal.Messages;
import org.cxworkbench.imports.Column;
import org.cxworkbench.imports.MessageText;
import org.cxworkbench.imports.Numbers;
import org.cxworkbench.imports.SurveyReader;
import org.cxworkbench.imports.SurveyReaders;
import org.cxworkbench.imports.SurveyRow;
import org.cxworkbench.metrics.AnswerType;
import org.cxworkbench.metrics.Checklist;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.Scoring.Answer;
import org.eclipse.osgi.util.NLS;

/**
 * The answers of one column of an export (any dialect, encoding, separator or decimal mark the readers detect), checked against the metric's answer type and scale. A blank cell is a
 * missing answer; any other cell that is not a valid answer stops the command with the file and line, because a
 * silently dropped answer changes the score without anyone knowing.
 */
final class AnswerFile {

    private static final Set<String> NOT_APPLICABLE = Set.of("N/A", "NA", "-", "EI SOVELLU", "EJ TILLÄMPLIG");

    private AnswerFile() {
    }

    /**
     * @param group    the column whose value is the group key, or {@code null} to put every answer in {@code fixedGroup}
     * @param weight   the column of survey weights, or {@code null}
     */
    static List<Answer> read(Path file, MetricOptions options, MetricDescriptor metric, String columnName,
            String groupName, String fixedGroup, String weightName) throws CommandException {
        List<Answer> answers = new ArrayList<>();
        try (SurveyReader reader = SurveyReaders.open(file, options.sniffer())) {
            String column = key(file, reader, columnName);
            String group = key(file, reader, groupName);
            String weight = key(file, reader, weightName);
            for (SurveyRow row : reader) {
                checkShape(file, row);
                String key = group == null ? fixedGroup : row.value(group).orElse("");
                double w = 1;
                if (weight != null) {
                    w = number(file, row, weight);
                }
                String text = row.value(column).orElse(null);
                double value = Double.NaN;
                if (text != null) {
                    try {
                        // "4,5" from a decimal-comma export means what "4.5" means to the metric
                        value = metric.parse(Numbers.normalize(text, reader.decimalMark()));
                    } catch (IllegalArgumentException e) {
                        throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Metrics_badCell,
                                new Object[] { file, row.lineNumber(), column, e.getMessage() }), e);
                    }
                }
                answers.add(new Answer(value, w, key));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Metrics_unreadable, file, e.getMessage()),
                    e);
        }
        return answers;
    }

    /**
     * One visit score per row from a mystery shopper's checklist columns. A criterion cell holds the share of its
     * points earned (0..1, or yes/no); a blank, N/A, NA or - cell means the criterion did not apply and is left out
     * of that visit's divisor. A row where nothing applied is a missing answer.
     */
    static List<Answer> readVisits(Path file, MetricOptions options, Checklist checklist,
            String groupName, String fixedGroup, String weightName) throws CommandException {
        List<Answer> answers = new ArrayList<>();
        try (SurveyReader reader = SurveyReaders.open(file, options.sniffer())) {
            Map<String, String> criteria = new LinkedHashMap<>();
            for (Checklist.Criterion criterion : checklist.criteria()) {
                criteria.put(criterion.name(), key(file, reader, criterion.name()));
            }
            String group = key(file, reader, groupName);
            String weight = key(file, reader, weightName);
            for (SurveyRow row : reader) {
                checkShape(file, row);
                Map<String, Double> achieved = new HashMap<>();
                for (Checklist.Criterion criterion : checklist.criteria()) {
                    String column = criteria.get(criterion.name());
                    String text = row.value(column).orElse(null);
                    if (text == null || NOT_APPLICABLE.contains(text.strip().toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    achieved.put(criterion.name(), share(file, row, column,
                            Numbers.normalize(text, reader.decimalMark())));
                }
                double visit = checklist.visitScore(achieved);
                answers.add(new Answer(visit, weight == null ? 1 : number(file, row, weight),
                        group == null ? fixedGroup : row.value(group).orElse("")));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Metrics_unreadable, file, e.getMessage()),
                    e);
        }
        return answers;
    }

    /**
     * A row the reader could not trust (more cells than the header, a NUL) stops the command like a bad answer: its
     * values may have shifted into other columns.
     */
    private static void checkShape(Path file, SurveyRow row) throws CommandException {
        SurveyRow.Problem problem = row.problem();
        if (problem != null) {
            throw new CommandException(ExitCode.FAILURE, problem.column() == null
                    ? NLS.bind(Messages.Metrics_badRow, new Object[] { file, row.lineNumber(), problem.reason() })
                    : NLS.bind(Messages.Metrics_badCell, new Object[] { file, row.lineNumber(), problem.column(),
                            problem.reason() }));
        }
    }

    /**
     * The key of the column a user named by its header, export tag or question text, or {@code null} for no name.
     */
    private static String key(Path file, SurveyReader reader, String name) throws CommandException {
        if (name == null) {
            return null;
        }
        return reader.column(name).map(Column::key).orElseThrow(() -> new CommandException(ExitCode.FAILURE,
                NLS.bind(Messages.Metrics_noColumn, new Object[] { file, MessageText.cut(name),
                        MessageText.list(reader.headers()) })));
    }

    private static double share(Path file, SurveyRow row, String column, String text) throws CommandException {
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
                throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Metrics_badCell,
                        new Object[] { file, row.lineNumber(), column, e.getMessage() }), e);
            }
        }
    }

    private static double number(Path file, SurveyRow row, String column) throws CommandException {
        String text = row.value(column).orElse(null);
        try {
            if (text == null) {
                throw new IllegalArgumentException("no weight");
            }
            double w = Double.parseDouble(text.strip().replace(',', '.'));
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("a weight must be a number >= 0: '" + text.strip() + "'");
            }
            return w;
        } catch (IllegalArgumentException e) {
            String why = e instanceof NumberFormatException ? "not a number: '" + text.strip() + "'" : e.getMessage();
            throw new CommandException(ExitCode.FAILURE, NLS.bind(Messages.Metrics_badCell,
                    new Object[] { file, row.lineNumber(), column, why }), e);
        }
    }
}
