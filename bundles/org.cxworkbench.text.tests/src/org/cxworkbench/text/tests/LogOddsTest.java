package org.cxworkbench.text.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.cxworkbench.text.LogOdds;
import org.cxworkbench.text.TermLogOdds;
import org.junit.jupiter.api.Test;

/** Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008) on a case done by hand. */
class LogOddsTest {

    /**
     * Detractors' terms: late 3, rude 2, staff 1 (n_i = 6); everyone else's: late 1, staff 3, friendly 4 (n_j = 8).
     * The pooled prior: α_late = 4, α_rude = 2, α_staff = 4, α_friendly = 4, α0 = 14.
     *
     * <pre>
     * rude:     δ = ln((2+2)/(6+14−2−2)) − ln((0+2)/(8+14−0−2)) = ln(4/16) − ln(2/20) = ln 2.5   = 0.916291
     *           σ² = 1/4 + 1/2 = 0.75;                    z = 0.916291 / 0.866025  = 1.058041
     * late:     δ = ln(7/13) − ln(5/17) = −0.619039 − (−1.223775)                   = 0.604736
     *           σ² = 1/7 + 1/5 = 0.342857;                z = 0.604736 / 0.585540  = 1.032784
     * staff:    δ = ln(5/15) − ln(7/15) = ln(5/7)                                   = −0.336472
     *           σ² = 1/5 + 1/7 = 0.342857;                z = −0.574636
     * friendly: δ = ln(4/16) − ln(8/14) = −1.386294 − (−0.559616)                  = −0.826679
     *           σ² = 1/4 + 1/8 = 0.375;                   z = −0.826679 / 0.612372 = −1.349960
     * </pre>
     *
     * Raw shares would rank late (3/6 against 1/8) above rude (2/6 against 0); the prior shrinks the term seen in
     * one group only, and z puts rude first only narrowly.
     */
    @Test
    void handComputedCase() {
        Map<String, Long> detractors = Map.of("late", 3L, "rude", 2L, "staff", 1L);
        Map<String, Long> others = Map.of("late", 1L, "staff", 3L, "friendly", 4L);

        List<TermLogOdds> result = LogOdds.compare(detractors, others);

        assertThat(result).extracting(TermLogOdds::term).containsExactly("rude", "late", "staff", "friendly");
        TermLogOdds rude = result.get(0);
        assertThat(rude.count()).isEqualTo(2);
        assertThat(rude.otherCount()).isZero();
        assertThat(rude.prior()).isEqualTo(2.0);
        assertThat(rude.delta()).isCloseTo(0.916291, within(1e-6));
        assertThat(rude.variance()).isCloseTo(0.75, within(1e-12));
        assertThat(rude.z()).isCloseTo(1.058041, within(1e-6));
        TermLogOdds late = result.get(1);
        assertThat(late.delta()).isCloseTo(0.604736, within(1e-6));
        assertThat(late.variance()).isCloseTo(0.342857, within(1e-6));
        assertThat(late.z()).isCloseTo(1.032784, within(1e-6));
        assertThat(result.get(2).z()).isCloseTo(-0.574636, within(1e-6));
        TermLogOdds friendly = result.get(3);
        assertThat(friendly.count()).isZero();
        assertThat(friendly.otherCount()).isEqualTo(4);
        assertThat(friendly.delta()).isCloseTo(-0.826679, within(1e-6));
        assertThat(friendly.z()).isCloseTo(-1.349960, within(1e-6));
    }

    /** The prior scaled to α0 = 7 halves every prior count: rude's α is 1, so δ = ln(3/11) − ln(1/14). */
    @Test
    void aSmallerPriorShrinksLess() {
        Map<String, Long> detractors = Map.of("late", 3L, "rude", 2L, "staff", 1L);
        Map<String, Long> others = Map.of("late", 1L, "staff", 3L, "friendly", 4L);
        Map<String, Double> prior = LogOdds.pooledPrior(detractors, others, 7);
        assertThat(prior).containsEntry("rude", 1.0).containsEntry("late", 2.0);

        TermLogOdds rude = LogOdds.compare(detractors, others, prior).stream()
                .filter(t -> t.term().equals("rude")).findFirst().orElseThrow();
        // (2+1)/(6+7−2−1) = 3/10 against (0+1)/(8+7−0−1) = 1/14: δ = ln(3/10) − ln(1/14) = ln 4.2 = 1.435085
        assertThat(rude.delta()).isCloseTo(Math.log(4.2), within(1e-12));
        assertThat(rude.variance()).isCloseTo(1.0 / 3 + 1.0, within(1e-12));
    }

    @Test
    void aTermWithoutPriorIsRefused() {
        assertThatThrownBy(() -> LogOdds.compare(Map.of("late", 1L), Map.of(), Map.of("rude", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'late'");
        assertThat(LogOdds.compare(Map.of(), Map.of())).isEmpty();
    }
}
