package org.cxworkbench.reports.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a journey report shows: the period, the customer segment, the language of its labels, and the selectors of
 * the reports that need one. Immutable; start from {@link #defaults()} and change what differs.
 *
 * @param from       the first day of the period (included); {@code null}: the first day of the month two months
 *                   before {@code to}, so that the default period is three calendar months
 * @param to         the last day of the period (included); {@code null}: the day of the latest stored answer of
 *                   the journey (today when there is none)
 * @param segment    only respondents of this customer segment (as stored with the respondents, which is the
 *                   segment's name in the journey); {@code null} for every segment
 * @param language   the language of the labels (en, fi, sv; others fall back to English) and of number formats
 * @param touchpoint the touchpoint of the {@code touchpoint} report, by name or id
 * @param metric     the measure of the {@code trend} report: a measurement point's name or id, or a metric id
 *                   (e.g. {@code nps}) to pool every point of the journey with that metric
 * @param by         how the {@code trend} report splits the answers
 * @param period     the length of one period in the trend charts
 * @param outcome    the outcome of the {@code drivers} report: a measurement point's name or id (relationship NPS,
 *                   churn, repeat purchase)
 * @param drivers    the driver points of the {@code drivers} report by name or id; empty for the default drivers
 *                   (every experience-tier point on a touchpoint or stage)
 */
public record ReportParameters(LocalDate from, LocalDate to, String segment, Locale language, String touchpoint,
        String metric, Breakdown by, PeriodUnit period, String outcome, List<String> drivers) {

    /** How the trend report splits its series. */
    public enum Breakdown {
        SEGMENT, CHANNEL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The breakdown named {@code key} ({@code segment}, {@code channel}). */
        public static Breakdown fromKey(String key) {
            for (Breakdown b : values()) {
                if (b.key().equals(key)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("unknown breakdown '" + key + "' (segment or channel)");
        }
    }

    /** The length of one period of a trend. */
    public enum PeriodUnit {
        MONTH, QUARTER;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static PeriodUnit fromKey(String key) {
            for (PeriodUnit p : values()) {
                if (p.key().equals(key)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown period '" + key + "' (month or quarter)");
        }
    }

    public ReportParameters {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(period, "period");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        segment = blankToNull(segment);
        touchpoint = blankToNull(touchpoint);
        metric = blankToNull(metric);
        outcome = blankToNull(outcome);
        drivers = drivers == null ? List.of() : drivers.stream().map(ReportParameters::blankToNull)
                .filter(Objects::nonNull).toList();
    }

    /** The parameters of the reports without an outcome (as before the drivers report). */
    public ReportParameters(LocalDate from, LocalDate to, String segment, Locale language, String touchpoint,
            String metric, Breakdown by, PeriodUnit period) {
        this(from, to, segment, language, touchpoint, metric, by, period, null, List.of());
    }

    /** Every segment, the last three months of data, English labels, trend by segment per month. */
    public static ReportParameters defaults() {
        return new ReportParameters(null, null, null, Locale.ENGLISH, null, null, Breakdown.SEGMENT,
                PeriodUnit.MONTH, null, List.of());
    }

    public ReportParameters withFrom(LocalDate newFrom) {
        return new ReportParameters(newFrom, to, segment, language, touchpoint, metric, by, period, outcome, drivers);
    }

    public ReportParameters withTo(LocalDate newTo) {
        return new ReportParameters(from, newTo, segment, language, touchpoint, metric, by, period, outcome, drivers);
    }

    public ReportParameters withSegment(String newSegment) {
        return new ReportParameters(from, to, newSegment, language, touchpoint, metric, by, period, outcome, drivers);
    }

    public ReportParameters withLanguage(Locale newLanguage) {
        return new ReportParameters(from, to, segment, newLanguage, touchpoint, metric, by, period, outcome, drivers);
    }

    public ReportParameters withTouchpoint(String newTouchpoint) {
        return new ReportParameters(from, to, segment, language, newTouchpoint, metric, by, period, outcome, drivers);
    }

    public ReportParameters withMetric(String newMetric) {
        return new ReportParameters(from, to, segment, language, touchpoint, newMetric, by, period, outcome, drivers);
    }

    public ReportParameters withBy(Breakdown newBy) {
        return new ReportParameters(from, to, segment, language, touchpoint, metric, newBy, period, outcome,
                drivers);
    }

    public ReportParameters withPeriod(PeriodUnit newPeriod) {
        return new ReportParameters(from, to, segment, language, touchpoint, metric, by, newPeriod, outcome,
                drivers);
    }

    public ReportParameters withOutcome(String newOutcome) {
        return new ReportParameters(from, to, segment, language, touchpoint, metric, by, period, newOutcome, drivers);
    }

    public ReportParameters withDrivers(List<String> newDrivers) {
        return new ReportParameters(from, to, segment, language, touchpoint, metric, by, period, outcome,
                newDrivers);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
