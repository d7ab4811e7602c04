package org.cxworkbench.ui.reports.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.help.HelpSystem;
import org.junit.jupiter.api.Test;

class HelpTocTest {

    @Test
    void ourTocIsRegistered() {
        assertThat(HelpSystem.getTocs()).isNotEmpty();
    }
}
