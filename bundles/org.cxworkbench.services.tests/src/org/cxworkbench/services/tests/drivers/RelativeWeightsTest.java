package org.cxworkbench.services.tests.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cxworkbench.services.drivers.RelativeWeights;
import org.junit.jupiter.api.Test;

/** Johnson's relative weights on cases small enough to check by hand. */
class RelativeWeightsTest {

    /**
     * Two orthogonal predictors (both mean 0, x1·x2 = 0) and y = 1 + 2·x1 + x2 exactly. Deviations of y from its mean
     * 1 are (3, −1, 1, −3), Σ = 20; x1·dy = 8, x2·dy = 4, Σx² = 4: r1 = 8/√80, r2 = 4/√80, so r1² = 0.8, r2² = 0.2,
     * R² = 1. With uncorrelated predictors each weight is the squared correlation.
     */
    @Test
    void orthogonalPredictorsWeighTheirSquaredCorrelations() {
        double[][] x = {{1, 1}, {-1, 1}, {1, -1}, {-1, -1}};
        double[] y = {4, 0, 2, -2};
        RelativeWeights.Result result = RelativeWeights.of(x, y);

        assertThat(result.correlations()[0]).isCloseTo(8 / Math.sqrt(80), within(1e-12));
        assertThat(result.correlations()[1]).isCloseTo(4 / Math.sqrt(80), within(1e-12));
        assertThat(result.rawWeights()[0]).isCloseTo(0.8, within(1e-12));
        assertThat(result.rawWeights()[1]).isCloseTo(0.2, within(1e-12));
        assertThat(result.rSquared()).isCloseTo(1.0, within(1e-12));
        assertThat(result.percentOfRSquared()).containsExactly(new double[] {80, 20}, within(1e-9));
        assertThat(result.vif()).containsExactly(new double[] {1, 1}, within(1e-12));
        assertThat(result.conditionNumber()).isCloseTo(1, within(1e-12));
    }

    /**
     * Two predictors correlated ρ = 0.5, each correlated 0.6 with the outcome: the standardized betas are
     * 0.6/(1 + ρ) = 0.4 each, R² = 2·0.6·0.4 = 0.48, split evenly by symmetry (0.24 each); VIF = 1/(1 − ρ²) = 4/3;
     * eigenvalues 1.5 and 0.5, condition number √3.
     */
    @Test
    void correlatedSymmetricPredictorsShareRSquaredEvenly() {
        RelativeWeights.Result result = RelativeWeights.fromCorrelations(new double[][] {{1, 0.5}, {0.5, 1}},
                new double[] {0.6, 0.6});

        assertThat(result.rSquared()).isCloseTo(0.48, within(1e-12));
        assertThat(result.rawWeights()).containsExactly(new double[] {0.24, 0.24}, within(1e-12));
        assertThat(result.vif()).containsExactly(new double[] {4 / 3.0, 4 / 3.0}, within(1e-12));
        assertThat(result.conditionNumber()).isCloseTo(Math.sqrt(3), within(1e-12));
    }

    /** ρ = 0.97: VIF = 1/(1 − 0.9409) ≈ 16.9, over the collinearity limit of 10; an exact copy is singular. */
    @Test
    void collinearAndSingularPredictorsAreFlagged() {
        RelativeWeights.Result collinear = RelativeWeights.fromCorrelations(new double[][] {{1, 0.97}, {0.97, 1}},
                new double[] {0.5, 0.4});
        assertThat(collinear.vif()[0]).isCloseTo(1 / (1 - 0.97 * 0.97), within(1e-9)).isGreaterThan(10);

        RelativeWeights.Result singular = RelativeWeights.of(new double[][] {{1, 1}, {2, 2}, {3, 3}, {5, 5}},
                new double[] {1, 3, 2, 4});
        assertThat(singular.conditionNumber()).isInfinite();
        assertThat(singular.rawWeights()[0]).isNaN();
    }

    @Test
    void pearsonOfAVariableWithoutSpreadIsNaN() {
        assertThat(RelativeWeights.pearson(new double[] {2, 2, 2}, new double[] {1, 2, 3})).isNaN();
        assertThat(RelativeWeights.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(1,
                within(1e-12));
    }
}
