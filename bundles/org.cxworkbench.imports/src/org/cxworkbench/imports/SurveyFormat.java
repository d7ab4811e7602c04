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
 */
public record SurveyFormat(Charset charset, char separator, char decimalMark, Dialect dialect) {

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
        return new SurveyFormat(newCharset, separator, decimalMark, dialect);
    }

    public SurveyFormat withSeparator(char newSeparator) {
        return new SurveyFormat(charset, newSeparator, decimalMark, dialect);
    }

    public SurveyFormat withDecimalMark(char newDecimalMark) {
        return new SurveyFormat(charset, separator, newDecimalMark, dialect);
    }

    public SurveyFormat withDialect(Dialect newDialect) {
        return new SurveyFormat(charset, separator, decimalMark, newDialect);
    }
}
