package org.cxworkbench.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.cxworkbench.imports.DateOrder;

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
    }

    @Test
    void aDateOrTimeThatDoesNotExistIsRefusedNeverMovedToOneThatDoes() {
        // issue 12: the formatters' smart resolving stored these as 2026-02-28 and the next day's midnight
        for (String text : new String[] {"31.2.2026", "2026-02-30", "2026-02-30 10:00:00", "2026-02-29T10:00",
            "30.2.2026 10:00", "2026-11-27 24:00", "2026-11-27T14:60:00+02:00", "31/04/2026", "02/30/2026 10:00",
            "11/27/2026 13:05 PM"}) {
            assertThatThrownBy(() -> Times.forFile(null).read(text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no such date or time: '" + text + "'");
        }
        assertThat(Times.parse("2028-02-29")).isEqualTo(LocalDateTime.of(2028, 2, 29, 0, 0));
    }

    @Test
    void slashDatesAreReadInTheFilesOrderDecidedOnce() {
        assertThat(Times.parse("11/27/2026 14:05:09")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5, 9));
        assertThat(Times.parse("27/11/2026")).isEqualTo(LocalDateTime.of(2026, 11, 27, 0, 0));
        assertThat(Times.parse("11/27/2026 2:05:09 PM")).isEqualTo(LocalDateTime.of(2026, 11, 27, 14, 5, 9));
        assertThat(Times.parse("11/27/2026 12:05 am")).isEqualTo(LocalDateTime.of(2026, 11, 27, 0, 5));

        Times monthFirst = Times.forFile(DateOrder.MONTH_FIRST);
        assertThat(monthFirst.read("01/02/2026")).isEqualTo(LocalDateTime.of(2026, 1, 2, 0, 0));
        assertThatThrownBy(() -> monthFirst.read("27/11/2026")).as("not month-first")
                .hasMessageContaining("no such date");
        assertThat(Times.forFile(DateOrder.DAY_FIRST).read("01/02/2026 10:00"))
                .isEqualTo(LocalDateTime.of(2026, 2, 1, 10, 0));

        // nothing known: ambiguous dates are refused until a date shows the order, which then holds for the file
        Times undecided = Times.forFile(null);
        assertThatThrownBy(() -> undecided.read("01/02/2026")).hasMessageContaining("ambiguous")
                .hasMessageContaining("--date-format");
        assertThat(undecided.read("05/05/2026")).as("the same either way").isEqualTo(LocalDateTime.of(2026, 5, 5, 0,
                0));
        assertThat(undecided.read("13/02/2026")).isEqualTo(LocalDateTime.of(2026, 2, 13, 0, 0));
        assertThat(undecided.order()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(undecided.read("01/02/2026")).isEqualTo(LocalDateTime.of(2026, 2, 1, 0, 0));
        assertThatThrownBy(() -> undecided.read("02/13/2026")).hasMessageContaining("no such date");
    }

    @Test
    void aTextThatIsNoTimeIsRefusedNamingIt() {
        for (String text : new String[] {"yesterday", "2026-13-01", "2026-11-27 14-05", "2026/11/27", "20261127"}) {
            assertThatThrownBy(() -> Times.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + text + "'");
        }
    }
}
