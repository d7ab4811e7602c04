package org.cxworkbench.services.scoring;

import java.nio.charset.Charset;

import org.cxworkbench.imports.Dialect;
import org.cxworkbench.imports.Sniffer;

/**
 * What a user said about an export instead of letting it be detected: separator, encoding, dialect; {@code null}
 * where nothing was said.
 */
public record ExportFormat(Character separator, Charset encoding, Dialect dialect) {

    /** Everything detected. */
    public static ExportFormat detected() {
        return new ExportFormat(null, null, null);
    }

    /** A fresh detector per file, since the two files of a comparison may come from different tools. */
    public Sniffer sniffer() {
        Sniffer sniffer = new Sniffer();
        if (separator != null) {
            sniffer.separator(separator);
        }
        if (encoding != null) {
            sniffer.charset(encoding);
        }
        if (dialect != null) {
            sniffer.dialect(dialect);
        }
        return sniffer;
    }
}
