package org.cxworkbench.metrics;

/**
 * The sums a bucket of answers reduces to, enough for weighted shares, weighted means and their variances, and
 * Kish's effective sample size. Every field is a plain SQL aggregate, which is what makes push-down possible.
 *
 * @param count              how many answers (weights not applied)
 * @param sumWeights         Σw
 * @param sumSquaredWeights  Σw²
 * @param sumWeightedValues  Σw·x
 * @param sumWeightedSquares Σw·x²
 */
public record Moments(long count, double sumWeights, double sumSquaredWeights, double sumWeightedValues,
        double sumWeightedSquares) {

    public static final Moments EMPTY = new Moments(0, 0, 0, 0, 0);

    public Moments {
        if (count < 0 || !(sumWeights >= 0) || !(sumSquaredWeights >= 0)) {
            throw new IllegalArgumentException("counts and sums of weights must be >= 0");
        }
    }

    /** These moments with one more answer. */
    public Moments plus(double value, double weight) {
        return new Moments(count + 1, sumWeights + weight, sumSquaredWeights + weight * weight,
                sumWeightedValues + weight * value, sumWeightedSquares + weight * value * value);
    }

    public Moments plus(Moments other) {
        return new Moments(count + other.count, sumWeights + other.sumWeights,
                sumSquaredWeights + other.sumSquaredWeights, sumWeightedValues + other.sumWeightedValues,
                sumWeightedSquares + other.sumWeightedSquares);
    }
}
