package org.cxworkbench.cli.internal.metrics;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cxworkbench.cli.CommandException;
import org.cxworkbench.cli.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Rows of named fields written as an aligned table, CSV or JSON. The field names are a contract with scripts, so
 * every format uses the same names in the same order; a figure that does not exist (the interval of one answer) is
 * empty in CSV, {@code null} in JSON and {@code -} in the table. Text that a spreadsheet would run as a formula
 * is neutralised in CSV only ({@link #csvText(String)}). Public for the other commands' listings
 * ({@code cxw import --list}).
 */
public final class Output {

    public enum Format {
        TABLE, CSV, JSON
    }

    /** The first characters that make a spreadsheet read a CSV cell as a formula (OWASP). */
    private static final String FORMULA_START = "=+-@\t\r";
    /** A number as this class writes one, or as a file's group key may hold one: {@code -32.9}, {@code +1e3}. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<String> trailing = new ArrayList<>();

    public static Format format(String text) throws CommandException {
        return switch (text) {
            case "table" -> Format.TABLE;
            case "csv" -> Format.CSV;
            case "json" -> Format.JSON;
            default -> throw CommandException.usage(NLS.bind(Messages.Metrics_badFormat, text));
        };
    }

    /** A new row; values are String, Long, Double (NaN = none) or Boolean. */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        rows.add(row);
        return row;
    }

    /**
     * Columns that come after every other column in csv and table output, in this order, whichever row has them
     * first: fields added to a listing later, so that the older columns keep their places.
     */
    public void trailing(String... columns) {
        trailing.addAll(List.of(columns));
    }

    public void write(Format format, PrintStream out) {
        List<String> columns = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            row.keySet().stream().filter(k -> !columns.contains(k) && !trailing.contains(k)).forEach(columns::add);
        }
        for (String column : trailing) {
            if (rows.stream().anyMatch(row -> row.containsKey(column))) {
                columns.add(column);
            }
        }
        switch (format) {
            case CSV -> {
                out.println(String.join(",", columns.stream().map(Output::csvText).toList()));
                for (Map<String, Object> row : rows) {
                    out.println(String.join(",", columns.stream().map(c -> csvCell(row.get(c))).toList()));
                }
            }
            case JSON -> {
                StringBuilder json = new StringBuilder("[");
                for (int r = 0; r < rows.size(); r++) {
                    json.append(r == 0 ? "\n  {" : ",\n  {");
                    Map<String, Object> row = rows.get(r);
                    int i = 0;
                    for (String column : columns) {
                        json.append(i++ == 0 ? "" : ", ").append(string(column)).append(": ")
                                .append(json(row.get(column)));
                    }
                    json.append('}');
                }
                out.println(json.append(rows.isEmpty() ? "]" : "\n]"));
            }
            default -> {
                int[] widths = new int[columns.size()];
                List<List<String>> cells = new ArrayList<>();
                cells.add(columns);
                for (Map<String, Object> row : rows) {
                    cells.add(columns.stream().map(c -> text(row.get(c), "-")).toList());
                }
                for (List<String> line : cells) {
                    for (int i = 0; i < widths.length; i++) {
                        widths[i] = Math.max(widths[i], line.get(i).length());
                    }
                }
                for (List<String> line : cells) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < widths.length; i++) {
                        String cell = line.get(i);
                        boolean left = i < 2;
                        String pad = " ".repeat(widths[i] - cell.length());
                        text.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
                    }
                    out.println(text.toString().stripTrailing());
                }
            }
        }
    }

    /** Six decimals, trailing zeros dropped: enough for any CX figure, stable enough to diff. */
    private static String text(Object value, String none) {
        if (value == null) {
            return none;
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return none;
            }
            if (d.isInfinite()) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
            String plain = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString();
            return plain.equals("-0") ? "0" : plain;
        }
        return value.toString();
    }

    private static String json(Object value) {
        if (value == null || value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "null";
        }
        if (value instanceof String s) {
            return string(s);
        }
        return text(value, "null");
    }

    private static String string(String s) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** A figure (number or yes/no) as it is; text as {@link #csvText(String)}. */
    private static String csvCell(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return text(value, "");
        }
        return csvText(text(value, ""));
    }

    /**
     * A text cell of CSV output, made safe to open in a spreadsheet (OWASP's rule against CSV injection): a cell
     * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a
     * formula, so it gets a leading {@code '} and quotes, unless it is a plain number ({@code -32.9} from a group
     * key stays a number). Every other cell is quoted only when it holds a comma, a quote or a line break. JSON and
     * the table are not spreadsheet input and show the text as it is.
     */
    static String csvText(String cell) {
        if (!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "\"'" + cell.replace("\"", "\"\"") + '"';
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
