package org.cxworkbench.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.Channel;
import org.cxworkbench.model.journey.CustomerSegment;
import org.cxworkbench.model.journey.GoodEnd;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Scale;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Touchpoint;

/**
 * Writes realistic, reproducible survey answers for a journey: a CSV file in the generic dialect (one header row,
 * {@code ,}, UTF-8, {@code \n}) and the {@link ColumnMapping} that {@code cxw import} reads it with. Used by the demo,
 * the tests and the benchmarks; needs no database.
 *
 * <h2>What a row is</h2>
 * One respondent answering one measurement point: columns {@code Response ID}, {@code Submitted}, {@code Segment},
 * {@code Account} (only when the journey has accounts), {@code Channel}, {@code Language}, {@code Weight}, then per
 * measurement point an answer column named after the point and a comment column {@code <name> - comment}; a row
 * fills the columns of its one point. Rows come in time order, spread evenly over the month range.
 * <ul>
 * <li>Respondents are in the segments the point asks (all of the journey's when it names none): about 70 % current,
 * 20 % former, 10 % never-customers, with an account of that segment when the journey has some.</li>
 * <li>The channel is the touchpoint's, or the channel the point asks in, or one of the journey's.</li>
 * <li>Answers are on the point's scale (or the metric's: churn yes/no, mystery shopping 0-100), from a level per
 * measurement point plus a trend over the months: the first point of the journey improves, the second declines,
 * the third stays level, and so on ({@link #trend(MeasurementPoint)}); former customers answer worse. A scale whose
 * good end is low (effort) is turned round, so "improving" always means better.</li>
 * <li>About a quarter of rows have a comment in the row's language (fi 50 %, sv 20 %, en 30 %), matching the answer's
 * mood; a fifth have a survey weight between 0.5 and 2.</li>
 * <li>Bad rows, by design: from 100 rows on, one in 1,000 (at least 4), evenly spaced, cycling through an answer
 * outside the scale, an answer that is not a number, a missing respondent id, and the respondent id of the row
 * before. {@link Result#badRows()} lists them with line and column, so tests check each rejection.</li>
 * </ul>
 * With {@link DriverWeights} ({@link Settings#withDrivers}) a row is instead one respondent answering the outcome and
 * every driver, the outcome made from the drivers with known weights: the truth a key-driver analysis is tested on.
 * Without them the rows, and the bytes, are exactly as before.
 * The same journey and {@link Settings} give the same bytes: {@link Random} with the seed (its algorithm is part of
 * its specification), no clock, no hash order, {@link Locale#ROOT} formatting. Rows are written as they are made;
 * memory does not grow with the row count.
 */
public final class AnswerGenerator {

    /** Respondent id, time and the other role columns, as written in the header. */
    public static final String RESPONDENT = "Response ID";
    public static final String TIME = "Submitted";
    public static final String SEGMENT = "Segment";
    public static final String ACCOUNT = "Account";
    public static final String CHANNEL = "Channel";
    public static final String LANGUAGE = "Language";
    public static final String WEIGHT = "Weight";
    /** Appended to a point's name for its comment column. */
    public static final String COMMENT_SUFFIX = " - comment";

    /**
     * @param seed       the random seed: the same seed gives the same file
     * @param rows       data rows to write (the header not counted), bad rows included
     * @param firstMonth the month of the first answers
     * @param months     how many months the answers span, at least 1
     */
    public record Settings(long seed, long rows, YearMonth firstMonth, int months, DriverWeights drivers) {

        /** Settings without known drivers: each row answers one point. */
        public Settings(long seed, long rows, YearMonth firstMonth, int months) {
            this(seed, rows, firstMonth, months, null);
        }

        /** The same settings, with every row answering the outcome and the drivers of {@code weights}. */
        public Settings withDrivers(DriverWeights weights) {
            return new Settings(seed, rows, firstMonth, months, weights);
        }

        public Settings {
            if (rows < 0) {
                throw new IllegalArgumentException("rows must be >= 0 but was " + rows);
            }
            Objects.requireNonNull(firstMonth, "firstMonth");
            if (months < 1) {
                throw new IllegalArgumentException("months must be >= 1 but was " + months);
            }
        }
    }

    /**
     * Known key drivers, for testing a driver analysis: every row is one respondent who answers the outcome point and
     * every driver point. Each driver's standardized experience z<sub>j</sub> is drawn independently from N(0, 1);
     * the outcome's is z<sub>y</sub> = Σ w<sub>j</sub> z<sub>j</sub> + e·√(max(0.05, 1 − Σ w<sub>j</sub>²)), e from
     * N(0, 1), so w<sub>j</sub> is driver j's true standardized coefficient and, the drivers being uncorrelated,
     * w<sub>j</sub>² its share of R² before the answers are rounded to the scale. Each z becomes an answer exactly as a
     * row's random variation does without drivers (level, trend, segment, then the scale).
     *
     * @param outcome the outcome point's id or name, or {@code null} for the journey's first relationship point (one
     *                attached to the journey itself)
     * @param weights driver weight by point id, point name, or touchpoint name (then its first point), in the order
     *                given
     */
    public record DriverWeights(String outcome, Map<String, Double> weights) {
        public DriverWeights {
            if (weights.isEmpty()) {
                throw new IllegalArgumentException("no driver weights given");
            }
            weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        }

        /**
         * Reads {@code name=weight,name=weight}, e.g. {@code Checkout=0.6,Delivery=0.3}: names as in
         * {@link #weights()} (without {@code ,} or {@code =}), weights numbers between -1 and 1.
         *
         * @throws IllegalArgumentException naming the part that is not {@code name=number}
         */
        public static DriverWeights parse(String outcome, String text) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (String part : text.split(",")) {
                int equals = part.lastIndexOf('=');
                String name = equals > 0 ? part.substring(0, equals).strip() : "";
                double weight;
                try {
                    weight = equals > 0 ? Double.parseDouble(part.substring(equals + 1).strip()) : Double.NaN;
                } catch (NumberFormatException e) {
                    weight = Double.NaN;
                }
                if (name.isEmpty() || !(Math.abs(weight) <= 1)) {
                    throw new IllegalArgumentException("'" + part.strip() + "' is not name=weight with a weight"
                            + " between -1 and 1");
                }
                weights.put(name, weight);
            }
            return new DriverWeights(outcome, weights);
        }
    }

    /** How a measurement point's answers move over the months. */
    public enum Trend {
        IMPROVING, DECLINING, LEVEL
    }

    /** Why a row was made bad: what the import must reject it for. */
    public enum Flaw {
        /** an answer one above the scale's top */
        OUT_OF_SCALE,
        /** an answer in words */
        NOT_A_NUMBER,
        /** an empty respondent id */
        MISSING_RESPONDENT,
        /** the respondent id of the row before */
        DUPLICATE_RESPONDENT
    }

    /** A row made bad on purpose: its line in the file (the header is line 1), the column at fault and why. */
    public record BadRow(long line, String column, Flaw flaw) {
    }

    /**
     * What was written.
     *
     * @param rows     data rows written
     * @param badRows  the rows the import must reject, in file order
     * @param answered good rows per measurement point id (each good row answers one point)
     */
    public record Result(long rows, List<BadRow> badRows, Map<String, Long> answered) {
        public Result {
            badRows = List.copyOf(badRows);
            answered = Collections.unmodifiableMap(new LinkedHashMap<>(answered));
        }

        /** Rows the import should store: rows minus bad rows. */
        public long goodRows() {
            return rows - badRows.size();
        }
    }

    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss",
            Locale.ROOT);

    private static final String[] LANGUAGES = {"fi", "sv", "en"};

    /** Comments by language and mood (good, middling, bad). Some hold commas and quotes, as real ones do. */
    private static final Map<String, String[][]> COMMENTS = Map.of(
            "fi", new String[][] {
                {"Kaikki sujui nopeasti ja vaivattomasti.", "Ystävällinen palvelu, kiitos!",
                    "Asiantunteva henkilökunta, suosittelen."},
                {"Ihan ok, mutta odotin pidempään kuin luvattiin.", "Toimi, vaikka ohjeet olivat hieman sekavat."},
                {"Jonotin puhelimessa yli puoli tuntia.", "Tilaus myöhästyi, eikä kukaan ilmoittanut siitä.",
                    "\"Asia hoidetaan\", sanottiin, mutta mitään ei tapahtunut."}},
            "sv", new String[][] {
                {"Snabbt och smidigt, tack!", "Mycket trevlig och kunnig personal."},
                {"Okej, men det tog längre tid än utlovat.", "Fungerade, men webbsidan var svår att hitta i."},
                {"Ingen svarade på mitt mejl.", "Leveransen var försenad, och ingen hörde av sig.",
                    "Jag fick olika svar av olika personer."}},
            "en", new String[][] {
                {"Quick and easy, thank you!", "Friendly staff who knew what they were talking about."},
                {"Fine, but it took longer than promised.", "It worked, although the instructions were confusing."},
                {"I waited on the phone for over half an hour.", "The delivery was late, and nobody told me.",
                    "They said \"we'll call you back\", but nobody did."}});

    private final Journey journey;
    private final Settings settings;
    private final List<Column> points = new ArrayList<>();
    private final boolean accounts;
    /** with driver weights: the outcome's column, the drivers' columns and weights; else null */
    private final Column outcome;
    private final List<Column> drivers = new ArrayList<>();
    private final double[] driverWeights;

    /** One measurement point's columns and how its answers are made. */
    private record Column(MeasurementPoint point, String answerHeader, String commentHeader, double min, double max,
            boolean lowIsGood, Kind kind, double level, Trend trend, List<CustomerSegment> segments, String channel) {
    }

    private enum Kind {
        INTEGER, YES_NO, PERCENT
    }

    public AnswerGenerator(Journey journey, Settings settings) {
        this.journey = Objects.requireNonNull(journey, "journey");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.accounts = !journey.getAccounts().isEmpty();
        int index = 0;
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            Column column = column(point, index);
            if (column != null) {
                points.add(column);
                index++;
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("journey '" + journey.getName() + "' has no measurement point with a"
                    + " scale to answer");
        }
        DriverWeights known = settings.drivers();
        if (known == null) {
            outcome = null;
            driverWeights = null;
        } else {
            outcome = known.outcome() == null
                    ? points.stream().filter(c -> c.point().getAttachedTo() == journey).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("journey '" + journey.getName()
                                    + "' has no relationship measurement point to be the outcome"))
                    : find(known.outcome());
            driverWeights = new double[known.weights().size()];
            for (Map.Entry<String, Double> entry : known.weights().entrySet()) {
                Column driver = find(entry.getKey());
                if (driver == outcome || drivers.contains(driver)) {
                    throw new IllegalArgumentException("'" + entry.getKey() + "' is the outcome or given twice");
                }
                driverWeights[drivers.size()] = entry.getValue();
                drivers.add(driver);
            }
        }
    }

    /** The column of a point by id or name, or of a touchpoint's first point by the touchpoint's name. */
    private Column find(String name) {
        String wanted = name.strip();
        for (Column column : points) {
            if (wanted.equals(column.point().getId()) || wanted.equalsIgnoreCase(column.point().getName())) {
                return column;
            }
        }
        for (Column column : points) {
            if (column.point().getAttachedTo() instanceof Touchpoint t && wanted.equalsIgnoreCase(t.getName())) {
                return column;
            }
        }
        throw new IllegalArgumentException("no measurement point or touchpoint '" + wanted + "' with answers in"
                + " journey '" + journey.getName() + "'");
    }

    /** How the answers of {@code point} move over the months; {@code null} for a point this generator skips. */
    public Trend trend(MeasurementPoint point) {
        return points.stream().filter(c -> c.point() == point).map(Column::trend).findFirst().orElse(null);
    }

    /** The measurement points answered, in journey order: those with a scale, churn and mystery shopping. */
    public List<MeasurementPoint> answeredPoints() {
        return points.stream().map(Column::point).toList();
    }

    /** The mapping that imports the file: answer and comment columns by point id, and the role columns. */
    public ColumnMapping mapping() {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (Column column : points) {
            answers.put(column.answerHeader(), column.point().getId());
            comments.put(column.commentHeader(), column.point().getId());
        }
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(ColumnMapping.RESPONDENT, RESPONDENT);
        roles.put(ColumnMapping.TIME, TIME);
        roles.put(ColumnMapping.SEGMENT, SEGMENT);
        if (accounts) {
            roles.put(ColumnMapping.ACCOUNT, ACCOUNT);
        }
        roles.put(ColumnMapping.CHANNEL, CHANNEL);
        roles.put(ColumnMapping.LANGUAGE, LANGUAGE);
        roles.put(ColumnMapping.WEIGHT, WEIGHT);
        return new ColumnMapping(answers, comments, roles);
    }

    /**
     * Writes the CSV to {@code csv} and its mapping to {@code mappingFile} (replacing both).
     */
    public Result write(Path csv, Path mappingFile) throws IOException {
        Result result;
        try (OutputStream out = Files.newOutputStream(csv)) {
            result = write(out);
        }
        mapping().save(mappingFile);
        return result;
    }

    /**
     * Whether {@code file} is a CSV file this generator wrote, and may therefore be replaced by another run: its first
     * line is the header {@link #write(Path, Path)} writes, whatever the journey ({@code Response ID,Submitted,Segment,}
     * then {@code Account,} for a B2B journey, then {@code Channel,Language,Weight} and the points' columns). Only the
     * first line is read, and at most {@value #HEADER_PEEK} bytes of it; a file that cannot be read is not one.
     */
    public static boolean isGeneratedCsv(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(HEADER_PEEK);
        } catch (IOException unreadable) {
            return false;
        }
        String text = new String(start, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end < 0) {
            return false;
        }
        return GENERATED_HEADER.matcher(text.substring(0, end)).matches();
    }

    /** How much of a file {@link #isGeneratedCsv(Path)} reads: a generated header is far shorter. */
    private static final int HEADER_PEEK = 1 << 20;

    private static final Pattern GENERATED_HEADER = Pattern.compile(
            Pattern.quote(RESPONDENT + "," + TIME + "," + SEGMENT + ",") + "(?:"
                    + Pattern.quote(ACCOUNT + ",") + ")?" + Pattern.quote(CHANNEL + ","
                            + LANGUAGE + "," + WEIGHT) + "(?:,.*)?");

    /** Writes the CSV as UTF-8; the stream is flushed, not closed. */
    public Result write(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Result result = write(writer);
        writer.flush();
        return result;
    }

    private Result write(Writer out) throws IOException {
        Random random = new Random(settings.seed());
        List<String> header = new ArrayList<>(List.of(RESPONDENT, TIME, SEGMENT));
        if (accounts) {
            header.add(ACCOUNT);
        }
        header.addAll(List.of(CHANNEL, LANGUAGE, WEIGHT));
        int fixed = header.size();
        for (Column column : points) {
            header.add(column.answerHeader());
            header.add(column.commentHeader());
        }
        writeRow(out, header);

        long rows = settings.rows();
        long bad = rows < 100 ? 0 : Math.max(4, rows / 1000);
        long spacing = bad == 0 ? Long.MAX_VALUE : rows / bad;
        List<BadRow> badRows = new ArrayList<>();
        Map<String, Long> answered = new LinkedHashMap<>();
        points.forEach(c -> answered.put(c.point().getId(), 0L));
        LocalDateTime start = settings.firstMonth().atDay(1).atStartOfDay();
        long spanSeconds = Duration.between(start,
                settings.firstMonth().plusMonths(settings.months()).atDay(1).atStartOfDay()).getSeconds();
        String[] cells = new String[header.size()];
        String previousId = null;
        long flaws = 0;
        for (long i = 0; i < rows; i++) {
            Arrays.fill(cells, "");
            long line = i + 2;
            String id = String.format(Locale.ROOT, "R%07d", i + 1);
            // evenly spaced between good rows, so a duplicate always repeats a good row's id
            Flaw flaw = bad > 0 && i % spacing == spacing / 2 && flaws < bad
                    ? Flaw.values()[(int) (flaws++ % Flaw.values().length)] : null;

            long offset = (long) ((i + random.nextDouble()) * spanSeconds / Math.max(1, rows));
            LocalDateTime time = start.plusSeconds(Math.min(offset, spanSeconds - 1));
            int month = (int) ChronoUnit.MONTHS.between(settings.firstMonth(),
                    YearMonth.from(time));
            double progress = settings.months() == 1 ? 0.5 : month / (double) (settings.months() - 1);

            Column column = flaw == Flaw.OUT_OF_SCALE || flaw == Flaw.NOT_A_NUMBER ? firstInteger()
                    : outcome != null ? outcome : pick(random);
            CustomerSegment segment = segment(outcome != null ? outcome : column, random);
            String language = language(random);
            double quality = quality(column, progress, segment, random.nextGaussian());
            Map<Column, String> known = outcome == null ? null : knownDrivers(progress, segment, random);

            int c = 0;
            cells[c++] = flaw == Flaw.MISSING_RESPONDENT ? "" : flaw == Flaw.DUPLICATE_RESPONDENT ? previousId : id;
            cells[c++] = TIME_FORMAT.format(time);
            cells[c++] = segment == null ? "" : segment.getName();
            if (accounts) {
                cells[c++] = account(segment, random);
            }
            cells[c++] = column.channel() != null ? column.channel() : channel(random);
            cells[c++] = language;
            cells[c++] = random.nextDouble() < 0.2
                    ? String.format(Locale.ROOT, "%.2f", 0.5 + 1.5 * random.nextDouble()) : "";
            int at = fixed + 2 * points.indexOf(column);
            cells[at] = switch (flaw == null ? Flaw.DUPLICATE_RESPONDENT : flaw) {
                case OUT_OF_SCALE -> format(column.max() + 1);
                case NOT_A_NUMBER -> switch (language) {
                    case "fi" -> "kymmenen";
                    case "sv" -> "tio";
                    default -> "ten";
                };
                default -> answer(column, quality, random);
            };
            if (known != null) {
                for (Map.Entry<Column, String> entry : known.entrySet()) {
                    if (entry.getKey() != column || flaw == null) {
                        cells[fixed + 2 * points.indexOf(entry.getKey())] = entry.getValue();
                    }
                }
            }
            if (random.nextDouble() < 0.25) {
                String[][] moods = COMMENTS.get(language);
                String[] mood = moods[quality >= 0.65 ? 0 : quality >= 0.4 ? 1 : 2];
                cells[at + 1] = mood[random.nextInt(mood.length)];
            }
            writeRow(out, Arrays.asList(cells));

            if (flaw == null && known != null) {
                known.keySet().forEach(k -> answered.merge(k.point().getId(), 1L, Long::sum));
                previousId = id;
            } else if (flaw == null) {
                answered.merge(column.point().getId(), 1L, Long::sum);
                previousId = id;
            } else {
                String faulty = switch (flaw) {
                    case MISSING_RESPONDENT, DUPLICATE_RESPONDENT -> RESPONDENT;
                    default -> column.answerHeader();
                };
                badRows.add(new BadRow(line, faulty, flaw));
            }
        }
        return new Result(rows, badRows, answered);
    }

    /** How good one answer is, 0..1: the point's level and trend, the segment, and {@code z} of random spread. */
    private static double quality(Column column, double progress, CustomerSegment segment, double z) {
        double quality = column.level() + switch (column.trend()) {
            case IMPROVING -> 0.16 * (progress - 0.5);
            case DECLINING -> -0.16 * (progress - 0.5);
            default -> 0;
        } + (segment != null && segment.getKind() == SegmentKind.FORMER ? -0.12 : 0)
                + (segment != null && segment.getKind() == SegmentKind.NEVER ? -0.05 : 0)
                + 0.18 * z;
        return Math.max(0, Math.min(1, quality));
    }

    /** One respondent's answers on the outcome and every driver, made from the known weights. */
    private Map<Column, String> knownDrivers(double progress, CustomerSegment segment, Random random) {
        double[] z = new double[drivers.size()];
        double outcomeZ = 0;
        double explained = 0;
        for (int j = 0; j < z.length; j++) {
            z[j] = random.nextGaussian();
            outcomeZ += driverWeights[j] * z[j];
            explained += driverWeights[j] * driverWeights[j];
        }
        outcomeZ += Math.sqrt(Math.max(0.05, 1 - explained)) * random.nextGaussian();
        Map<Column, String> answers = new LinkedHashMap<>();
        answers.put(outcome, answer(outcome, quality(outcome, progress, segment, outcomeZ), random));
        for (int j = 0; j < z.length; j++) {
            Column driver = drivers.get(j);
            answers.put(driver, answer(driver, quality(driver, progress, segment, z[j]), random));
        }
        return answers;
    }

    private Column firstInteger() {
        return points.stream().filter(c -> c.kind() == Kind.INTEGER).findFirst().orElse(points.get(0));
    }

    /** Relationship (journey-level) points are asked twice as often as the others. */
    private Column pick(Random random) {
        int total = 0;
        for (Column column : points) {
            total += column.point().getAttachedTo() == journey ? 2 : 1;
        }
        int r = random.nextInt(total);
        for (Column column : points) {
            r -= column.point().getAttachedTo() == journey ? 2 : 1;
            if (r < 0) {
                return column;
            }
        }
        throw new IllegalStateException("cannot happen");
    }

    private CustomerSegment segment(Column column, Random random) {
        List<CustomerSegment> candidates = column.segments();
        if (candidates.isEmpty()) {
            return null;
        }
        double[] weights = new double[candidates.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            SegmentKind kind = candidates.get(i).getKind();
            weights[i] = kind == SegmentKind.FORMER ? 0.2 : kind == SegmentKind.NEVER ? 0.1 : 0.7;
            total += weights[i];
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return candidates.get(i);
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    private String account(CustomerSegment segment, Random random) {
        List<Account> ofSegment = journey.getAccounts().stream().filter(a -> a.getSegment() == segment).toList();
        if (ofSegment.isEmpty()) {
            return "";
        }
        return ofSegment.get(random.nextInt(ofSegment.size())).getName();
    }

    private String channel(Random random) {
        List<Channel> channels = journey.getChannels();
        return channels.isEmpty() ? "" : channels.get(random.nextInt(channels.size())).getName();
    }

    private static String language(Random random) {
        double r = random.nextDouble();
        return r < 0.5 ? LANGUAGES[0] : r < 0.7 ? LANGUAGES[1] : LANGUAGES[2];
    }

    private static String answer(Column column, double quality, Random random) {
        return switch (column.kind()) {
            // churn: 1 = lost, rarer as quality rises; yes/no ease: 1 = yes, commoner as quality rises
            case YES_NO -> random.nextDouble() < (column.lowIsGood() ? 0.3 - 0.25 * quality : 0.5 + 0.45 * quality)
                    ? "1" : "0";
            case PERCENT -> format(Math.round(1000 * quality) / 10.0);
            default -> {
                double position = column.lowIsGood() ? 1 - quality : quality;
                yield format(Math.round(column.min() + position * (column.max() - column.min())));
            }
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The column of a point, or {@code null} when the generator cannot tell what its answers look like. */
    private Column column(MeasurementPoint point, int index) {
        Scale scale = point.getScale();
        String metric = point.getMetricId() == null ? "" : point.getMetricId();
        Kind kind;
        double min;
        double max;
        boolean lowIsGood = false;
        if (scale != null) {
            kind = Kind.INTEGER;
            min = scale.getMin();
            max = scale.getMax();
            lowIsGood = scale.getGoodEnd() == GoodEnd.LOW;
        } else if (metric.equals("churn") || metric.equals("ces-yesno") || metric.equals("proportion")) {
            kind = Kind.YES_NO;
            min = 0;
            max = 1;
        } else if (metric.equals("mystery")) {
            kind = Kind.PERCENT;
            min = 0;
            max = 100;
        } else {
            return null;
        }
        if (metric.equals("churn")) {
            lowIsGood = true;
        }
        Trend trend = Trend.values()[index % 3];
        // levels differ by point but stay believable: NPS about +10..+40, CSAT about 85 %, churn about 10 %
        double level = 0.78 + 0.02 * ((index * 5) % 4);
        List<CustomerSegment> segments = point.getSegments().isEmpty() ? journey.getSegments()
                : point.getSegments();
        String channel = point.getAttachedTo() instanceof Touchpoint t && t.getChannel() != null
                ? t.getChannel().getName() : point.getChannel() != null ? point.getChannel().getName() : null;
        String name = point.getName() == null || point.getName().isBlank() ? point.getId() : point.getName();
        return new Column(point, name, name + COMMENT_SUFFIX, min, max, lowIsGood, kind, level, trend,
                List.copyOf(segments), channel);
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0) {
                out.write('"');
                out.write(cell.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(cell);
            }
        }
        out.write('\n');
    }
}
