package org.cxworkbench.metrics.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.cxworkbench.metrics.AnswerType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Why a cell is not an answer, in the language of the default locale. */
class AnswerTextsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theReasonIsInTheDefaultLocalesLanguageWithTheCellQuoted() {
        Locale.setDefault(Locale.ENGLISH);
        assertThatThrownBy(() -> AnswerType.INTEGER.parse("7,5")).hasMessage("not a whole number: '7,5'");
        Locale.setDefault(Locale.of("fi", "FI"));
        assertThatThrownBy(() -> AnswerType.INTEGER.parse("seitsemän")).hasMessage("ei luku: 'seitsemän'");
        assertThatThrownBy(() -> AnswerType.YES_NO.parse("ehkä")).hasMessage("ei kyllä/ei-vastaus: 'ehkä'");
        Locale.setDefault(Locale.of("sv", "SE"));
        assertThatThrownBy(() -> AnswerType.INTEGER.parse("7,5")).hasMessage("inte ett heltal: '7,5'");
    }
}
