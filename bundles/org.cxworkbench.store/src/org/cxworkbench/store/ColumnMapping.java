package org.cxworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which column of an export file holds what: answers per measurement point (by the point's stable id, so renaming
 * a touchpoint or a question never breaks a saved mapping), and the respondent's id, segment, account, the answer's
 * time, channel, language and weight. A comment column belongs to a measurement point: its text is stored with that
 * point's answer from the same row.
 *
 * <p>Saved as a properties file, because headers may hold any character and properties escape them all:
 * <pre>
 * answer.How likely are you to recommend us?=78877913-111a-4334-8590-ca6fd2970f18
 * comment.Why?=78877913-111a-4334-8590-ca6fd2970f18
 * respondent=Response ID
 * time=Submitted
 * </pre>
 *
 * @param answers  column header -> measurement point id
 * @param comments column header -> measurement point id whose answer the text belongs to
 * @param roles    the other columns by role ({@link #RESPONDENT}, {@link #SEGMENT}, ...) -> column header
 */
public record ColumnMapping(Map<String, String> answers, Map<String, String> comments, Map<String, String> roles) {

    public static final String RESPONDENT = "respondent";
    public static final String SEGMENT = "segment";
    public static final String ACCOUNT = "account";
    public static final String CONTACT = "contact";
    public static final String TIME = "time";
    public static final String CHANNEL = "channel";
    public static final String LANGUAGE = "language";
    public static final String WEIGHT = "weight";
    /**
     * A column that identifies the person across the sources of a journey (a customer number, an e-mail hash):
     * rows of different sources with the same person id are one respondent. Only when mapped explicitly; a row
     * whose person cell is empty is identified by its {@link #RESPONDENT} id within its source.
     */
    public static final String PERSON = "person";

    private static final java.util.Set<String> ROLES = java.util.Set.of(RESPONDENT, SEGMENT, ACCOUNT, CONTACT, TIME,
            CHANNEL, LANGUAGE, WEIGHT, PERSON);
    private static final String ANSWER = "answer.";
    private static final String COMMENT = "comment.";

    public ColumnMapping {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        comments = Collections.unmodifiableMap(new LinkedHashMap<>(comments));
        for (String role : roles.keySet()) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown column role '" + role + "' (known: " + new java.util.TreeSet<>(ROLES)
                        + ")");
            }
        }
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    /** The header of the column with {@code role}, if the mapping has one. */
    public Optional<String> column(String role) {
        return Optional.ofNullable(roles.get(role));
    }

    /** Reads a mapping written by {@link #save(Path)} (UTF-8). */
    public static ColumnMapping load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the properties text of a mapping. */
    public static ColumnMapping parse(String text) {
        try {
            return read(new StringReader(text));
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    private static ColumnMapping read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> answers = new TreeMap<>();
        Map<String, String> comments = new TreeMap<>();
        Map<String, String> roles = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith(ANSWER)) {
                answers.put(key.substring(ANSWER.length()), value);
            } else if (key.startsWith(COMMENT)) {
                comments.put(key.substring(COMMENT.length()), value);
            } else {
                roles.put(key, value);
            }
        }
        return new ColumnMapping(answers, comments, roles);
    }

    /** The first line of every mapping {@link #save(Path)} writes. */
    private static final String COMMENT_LINE = "#CX Workbench column mapping";

    /**
     * Whether {@code file} is a mapping that {@link #save(Path)} wrote (its first line is {@value #COMMENT_LINE}), and
     * may therefore be replaced; a file that cannot be read is not one.
     */
    public static boolean isSavedMapping(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(COMMENT_LINE.length() + 2);
            String text = new String(start, StandardCharsets.ISO_8859_1);
            return text.startsWith(COMMENT_LINE + "\n") || text.startsWith(COMMENT_LINE + "\r");
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Writes the mapping as UTF-8 properties, sorted, so that a saved mapping diffs well. */
    public void save(Path file) throws IOException {
        Files.writeString(file, format(), StandardCharsets.UTF_8);
    }

    /** The properties text of this mapping; also what an import batch records. */
    public String format() {
        Properties properties = new Properties();
        answers.forEach((column, point) -> properties.setProperty(ANSWER + column, point));
        comments.forEach((column, point) -> properties.setProperty(COMMENT + column, point));
        roles.forEach(properties::setProperty);
        StringWriter text = new StringWriter();
        try (Writer writer = text) {
            properties.store(writer, COMMENT_LINE.substring(1));
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        // Properties writes a date comment and in hash order: drop the date, sort the lines
        return text.toString().lines().filter(line -> !line.startsWith("#") || line.contains("CX Workbench"))
                .sorted((a, b) -> a.startsWith("#") ? -1 : b.startsWith("#") ? 1 : a.compareTo(b))
                .reduce(new StringBuilder(), (s, line) -> s.append(line).append('\n'), StringBuilder::append)
                .toString();
    }
}
