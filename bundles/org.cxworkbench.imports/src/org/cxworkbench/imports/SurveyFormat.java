package org.cxworkbench.imports;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a delimited export is written: what {@link Sniffer} found, or what the user said when it guessed wrong. Each
 * {@code with} method returns a copy with one property overridden, so an import dialog can show the guess and let the
 * user change one field without retyping the others.
 *
 * @param charset     the text encoding of the file's bytes (a byte order mark, if any, is skipped whatever this says)
 * @param separator   the field separator: {@code ,}, {@code ;} or a tab
 * @param decimalMark {@code .} or {@code ,}: how numbers in the answers are written, see {@link Numbers}
 * @param dialect     the survey tool that wrote the file, which decides how many header rows it has and what they mean
 * @param dateOrder   whether a slash date such as {@code 01/02/2026} is day-first or month-first in this file, or
 *                    {@code null} when neither the user, the sample nor the dialect said (then the first date in the
 *                    file that shows its order decides, see {@link DateOrder})
 */
public record SurveyFormat(Charset charset, char separator, char decimalMark, Dialect dialect, DateOrder dateOrder) {

    /** A format that says nothing about the order of day and month. */
    public SurveyFormat(Charset charset, char separator, char decimalMark, Dialect dialect) {
        this(charset, separator, decimalMark, dialect, null);
    }

    public SurveyFormat {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(dialect, "dialect");
        if (decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("decimal mark must be '.' or ',' but was '" + decimalMark + "'");
        }
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("'" + separator + "' cannot separate fields");
        }
    }

    public SurveyFormat withCharset(Charset newCharset) {
        return new SurveyFormat(newCharset, separator, decimalMark, dialect, dateOrder);
    }

    public SurveyFormat withSeparator(char newSeparator) {
        return new SurveyFormat(charset, newSeparator, decimalMark, dialect, dateOrder);
    }

    public SurveyFormat withDecimalMark(char newDecimalMark) {
        return new SurveyFormat(charset, separator, newDecimalMark, dialect, dateOrder);
    }

    public SurveyFormat withDialect(Dialect newDialect) {
        return new SurveyFormat(charset, separator, decimalMark, newDialect, dateOrder);
    }

    public SurveyFormat withDateOrder(DateOrder newDateOrder) {
        return new SurveyFormat(charset, separator, decimalMark, dialect, newDateOrder);
    }
}
