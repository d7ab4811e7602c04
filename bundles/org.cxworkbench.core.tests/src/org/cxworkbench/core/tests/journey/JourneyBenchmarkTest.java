package org.cxworkbench.core.tests.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the benchmark program working (a small run, no timing asserted: timings belong to docs/benchmarks.md). */
class JourneyBenchmarkTest {

    @Test
    void theBenchmarkJourneyIsValidAndRoundTrips(@TempDir Path dir) throws IOException {
        JourneyBenchmark.Result result = JourneyBenchmark.run(dir, 100, 300, 0, 1);
        assertThat(result.errors()).isZero();
        assertThat(result.bytes()).isPositive();
    }
}
