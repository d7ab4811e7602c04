package org.cxworkbench.services.drivers;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Johnson's relative weights (Johnson 2000, "A heuristic method for estimating the relative weight of predictor
 * variables in multiple regression", Multivariate Behavioral Research 35(1)): how much of a linear regression's R²
 * each predictor accounts for, even when the predictors are correlated.
 *
 * <h2>How</h2>
 * With R<sub>xx</sub> the predictors' correlation matrix and r<sub>xy</sub> their correlations with the outcome:
 * <ol>
 * <li>R<sub>xx</sub> = V Λ V<sup>T</sup> (eigen-decomposition, commons-math3);</li>
 * <li>Λ* = V Λ<sup>½</sup> V<sup>T</sup>: the correlations of the predictors with their closest orthogonal
 * counterparts Z;</li>
 * <li>β = Λ*<sup>−1</sup> r<sub>xy</sub> = V Λ<sup>−½</sup> V<sup>T</sup> r<sub>xy</sub>: the outcome regressed
 * on Z (Z is orthonormal, so these are also Z's correlations with the outcome);</li>
 * <li>ε<sub>j</sub> = Σ<sub>k</sub> Λ*<sub>jk</sub>² β<sub>k</sub>²; Σ ε<sub>j</sub> = Σ β<sub>k</sub>² = R².</li>
 * </ol>
 * With uncorrelated predictors Λ* is the identity and each weight is the predictor's squared correlation.
 *
 * <p>Why relative weights and not the Shapley decomposition of R²: the two agree closely in practice (Johnson 2000;
 * LeBreton et al. 2004), but Shapley needs 2<sup>p</sup> regressions and relative weights one eigen-decomposition,
 * so a journey with 20 touchpoint metrics is as fast as one with 3.
 *
 * <p>Collinearity: the condition number √(λ<sub>max</sub>/λ<sub>min</sub>) of R<sub>xx</sub> and each predictor's
 * variance inflation factor (the diagonal of R<sub>xx</sub><sup>−1</sup>) are returned for the warnings. An
 * eigenvalue below 10<sup>−10</sup> (a predictor that is an exact combination of others) makes the weights
 * undefined: they are NaN.
 */
public final class RelativeWeights {

    /** Eigenvalues below this are zero: the predictors are exactly collinear. */
    static final double SINGULAR = 1e-10;

    /**
     * The result.
     *
     * @param rawWeights      ε<sub>j</sub>, adding up to R²
     * @param rSquared        the regression's R²
     * @param correlations    r<sub>xy</sub>
     * @param vif             variance inflation factor per predictor (NaN when singular)
     * @param conditionNumber √(λ<sub>max</sub>/λ<sub>min</sub>) of R<sub>xx</sub> (infinite when singular)
     */
    public record Result(double[] rawWeights, double rSquared, double[] correlations, double[] vif,
            double conditionNumber) {

        /** Each weight as a percentage of R² (NaN when R² is 0 or undefined). */
        public double[] percentOfRSquared() {
            return Arrays.stream(rawWeights).map(w -> rSquared > 0 ? 100 * w / rSquared : Double.NaN).toArray();
        }
    }

    private RelativeWeights() {
    }

    /**
     * Relative weights from complete cases: {@code x[i][j]} is respondent i's value on predictor j, {@code y[i]} their
     * outcome. Needs at least 3 cases and a spread in every variable; a constant variable has correlation NaN.
     */
    public static Result of(double[][] x, double[] y) {
        int n = y.length;
        if (x.length != n) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y " + n);
        }
        int p = n == 0 ? 0 : x[0].length;
        double[][] columns = new double[p + 1][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                columns[j][i] = x[i][j];
            }
            columns[p][i] = y[i];
        }
        double[][] r = new double[p + 1][p + 1];
        for (int a = 0; a <= p; a++) {
            r[a][a] = 1;
            for (int b = a + 1; b <= p; b++) {
                r[a][b] = r[b][a] = pearson(columns[a], columns[b]);
            }
        }
        double[][] rxx = new double[p][p];
        double[] rxy = new double[p];
        for (int a = 0; a < p; a++) {
            System.arraycopy(r[a], 0, rxx[a], 0, p);
            rxy[a] = r[a][p];
        }
        return fromCorrelations(rxx, rxy);
    }

    /** Relative weights from the predictors' correlation matrix and their correlations with the outcome. */
    public static Result fromCorrelations(double[][] rxx, double[] rxy) {
        int p = rxy.length;
        double[] nan = new double[p];
        Arrays.fill(nan, Double.NaN);
        for (double[] row : rxx) {
            for (double v : row) {
                if (Double.isNaN(v)) {
                    return new Result(nan.clone(), Double.NaN, rxy.clone(), nan.clone(), Double.NaN);
                }
            }
        }
        if (Arrays.stream(rxy).anyMatch(Double::isNaN) || p == 0) {
            return new Result(nan.clone(), Double.NaN, rxy.clone(), nan.clone(), Double.NaN);
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(rxx));
        double[] lambda = eigen.getRealEigenvalues();
        double max = Arrays.stream(lambda).max().orElse(0);
        double min = Arrays.stream(lambda).min().orElse(0);
        if (min < SINGULAR) {
            return new Result(nan.clone(), Double.NaN, rxy.clone(), nan.clone(), Double.POSITIVE_INFINITY);
        }
        RealMatrix v = eigen.getV();
        RealMatrix sqrt = v.multiply(diagonal(lambda, 0.5)).multiply(v.transpose());
        RealMatrix inverseSqrt = v.multiply(diagonal(lambda, -0.5)).multiply(v.transpose());
        RealMatrix inverse = v.multiply(diagonal(lambda, -1)).multiply(v.transpose());
        RealVector beta = inverseSqrt.operate(new ArrayRealVector(rxy));
        double[] weights = new double[p];
        double rSquared = 0;
        for (int j = 0; j < p; j++) {
            double w = 0;
            for (int k = 0; k < p; k++) {
                double l = sqrt.getEntry(j, k);
                w += l * l * beta.getEntry(k) * beta.getEntry(k);
            }
            weights[j] = w;
            rSquared += w;
        }
        double[] vif = new double[p];
        for (int j = 0; j < p; j++) {
            vif[j] = inverse.getEntry(j, j);
        }
        return new Result(weights, rSquared, rxy.clone(), vif, Math.sqrt(max / min));
    }

    private static RealMatrix diagonal(double[] lambda, double power) {
        RealMatrix d = new Array2DRowRealMatrix(lambda.length, lambda.length);
        for (int i = 0; i < lambda.length; i++) {
            d.setEntry(i, i, Math.pow(lambda[i], power));
        }
        return d;
    }

    /** Pearson's r; NaN when either variable has no spread or there are fewer than 2 cases. */
    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
    }
}
