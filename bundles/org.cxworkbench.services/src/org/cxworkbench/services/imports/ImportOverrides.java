package org.cxworkbench.services.imports;

import java.nio.charset.Charset;

import org.cxworkbench.imports.DateOrder;
import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.Sniffer;

/**
 * What the user says about an export file instead of letting it be detected, as {@code cxw import}'s
 * {@code --dialect}, {@code --encoding}, {@code --separator} and {@code --date-format} do, plus the decimal mark. Each
 * value is null to detect it. The same overrides give the preview, the validation and the import, so the three read
 * the file alike.
 */
public record ImportOverrides(Dialect dialect, Charset encoding, Character separator, Character decimalMark,
        DateOrder dateOrder) {

    /** Everything detected. */
    public static final ImportOverrides NONE = new ImportOverrides(null, null, null, null, null);

    public ImportOverrides {
        if (decimalMark != null && decimalMark != ',' && decimalMark != '.') {
            throw new IllegalArgumentException("a decimal mark is ',' or '.', not '" + decimalMark + "'");
        }
    }

    public ImportOverrides withDialect(Dialect value) {
        return new ImportOverrides(value, encoding, separator, decimalMark, dateOrder);
    }

    public ImportOverrides withEncoding(Charset value) {
        return new ImportOverrides(dialect, value, separator, decimalMark, dateOrder);
    }

    public ImportOverrides withSeparator(Character value) {
        return new ImportOverrides(dialect, encoding, value, decimalMark, dateOrder);
    }

    public ImportOverrides withDecimalMark(Character value) {
        return new ImportOverrides(dialect, encoding, separator, value, dateOrder);
    }

    public ImportOverrides withDateOrder(DateOrder value) {
        return new ImportOverrides(dialect, encoding, separator, decimalMark, value);
    }

    /** A sniffer that uses what is set and detects the rest. */
    public Sniffer sniffer() {
        Sniffer sniffer = new Sniffer();
        if (dialect != null) {
            sniffer.dialect(dialect);
        }
        if (encoding != null) {
            sniffer.charset(encoding);
        }
        if (separator != null) {
            sniffer.separator(separator);
        }
        if (decimalMark != null) {
            sniffer.decimalMark(decimalMark);
        }
        if (dateOrder != null) {
            sniffer.dateOrder(dateOrder);
        }
        return sniffer;
    }

    /** Sets these overrides on an import request. */
    public SurveyImportRequest.Builder applyTo(SurveyImportRequest.Builder builder) {
        return builder.dialect(dialect).encoding(encoding).separator(separator).decimalMark(decimalMark)
                .dateOrder(dateOrder);
    }
}
