package org.cxworkbench.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The answer times an import accepts; the common ISO forms are read by hand, everything else by formatters. */
class TimesTest {

    @Test
    void theCommonIsoFormsAreReadAsWritten() {
        assertThat(Times.parse("2026-11-27")).isEqualTo(LocalDateTime.of(2026, 11, 27, 0, 0));
        assertThat(Times.parse(" 2026-11-27 14:05 ")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5));
        assertThat(Times.parse("2026-11-27T14:05")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5));
        assertThat(Times.parse("2026-11-27 14:05:09")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5, 9));
        assertThat(Times.parse("2026-11-27T14:05:09")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5, 9));
    }

    @Test
    void whatTheShortcutDoesNotTakeIsReadAsBeforeByTheFormatters() {
        assertThat(Times.parse("2026-11-27T14:05:09.250")).isEqualTo(
                LocalDateTime.of(2026, 11, 27, 14, 5, 9, 250_000_000));
        assertThat(Times.parse("2026-11-27T14:05:09+02:00")).as("an offset is stored in UTC")
                .isEqualTo(LocalDateTime.of(2026, 11, 27, 12, 5, 9));
        assertThat(Times.parse("2026-11-27T14:05:09Z")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5, 9));
        assertThat(Times.parse("27.11.2026 14:05")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5));
        assertThat(Times.parse("7.1.2026")).isEqualTo(LocalDateTime.of(2026, 1, 7, 0, 0));
        // the formatters' smart resolving, which the shortcut leaves to them
        assertThat(Times.parse("2026-02-30 10:00:00")).isEqualTo(LocalDateTime.of(2026, 2, 28, 10, 0));
        assertThat(Times.parse("2026-11-27 24:00")).isEqualTo(LocalDateTime.of(2026, 11, 28, 0, 0));
    }

    @Test
    void aTextThatIsNoTimeIsRefusedNamingIt() {
        for (String text : new String[] {"yesterday", "2026-13-01", "2026-11-27 14-05", "2026/11/27", "20261127"}) {
            assertThatThrownBy(() -> Times.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + text + "'");
        }
    }
}
