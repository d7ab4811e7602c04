package org.cxworkbench.services.tests.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.drivers.Driver;
import org.cxworkbench.services.drivers.DriverQuery;
import org.cxworkbench.services.drivers.DriverResult;
import org.cxworkbench.services.drivers.DriverWarning;
import org.cxworkbench.services.drivers.KeyDrivers;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key drivers over a real embedded Derby store filled with generated answers whose true drivers are known: the
 * generator makes the relationship NPS of each respondent from three touchpoint experiences with weights 0.6, 0.3 and
 * 0.1, and the analysis must find them in that order.
 */
class KeyDriversTest {

    static final String OUTCOME = "NPS relationship";
    static final String CHECKOUT = "CES online checkout";
    static final String SUPPORT = "CSAT after support";
    static final String RETURNS = "CES after returns";

    @TempDir
    Path dir;

    private Journey journey;

    @BeforeEach
    void setUp() throws Exception {
        Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir.resolve("journeys"));
        journey = JourneyFiles.load(file).journey();
    }

    private StoreLocation fill(long rows, Map<String, Double> weights) throws Exception {
        Path csv = dir.resolve("answers.csv");
        Path mapping = dir.resolve("answers.mapping");
        new AnswerGenerator(journey, new AnswerGenerator.Settings(11, rows, YearMonth.of(2026, 1), 6)
                .withDrivers(new AnswerGenerator.DriverWeights(OUTCOME, weights))).write(csv, mapping);
        StoreLocation location = StoreLocation.folder(dir.resolve("results"));
        new SurveyImports().run(SurveyImportRequest.builder(csv).journey(journey).mappingFile(mapping)
                .store(location, null, null).build(), new NullProgressMonitor());
        return location;
    }

    private static Map<String, Double> weights(double checkout, double support, double returns) {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put(CHECKOUT, checkout);
        weights.put(SUPPORT, support);
        weights.put(RETURNS, returns);
        return weights;
    }

    @Test
    void recoversTheRankingOfKnownDrivers() throws Exception {
        // support first this time, so that journey order is not what gives the ranking
        StoreLocation location = fill(3000, weights(0.3, 0.6, 0.1));
        DriverResult result;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            result = new KeyDrivers(journey, MetricRegistry.getDefault()).analyse(store,
                    DriverQuery.of(OUTCOME).drivers(List.of(CHECKOUT, SUPPORT, RETURNS)), new NullProgressMonitor());
        }
        assertThat(result.outcomeName()).isEqualTo(OUTCOME);
        // every good row is one respondent answering all four points (3000 rows, 4 of them bad by design)
        assertThat(result.n()).isEqualTo(2996);
        assertThat(result.drivers()).extracting(Driver::pointName).containsExactly(SUPPORT, CHECKOUT, RETURNS);
        assertThat(result.warnings()).isEmpty();
        Driver support = result.drivers().get(0);
        Driver checkout = result.drivers().get(1);
        Driver returns = result.drivers().get(2);
        // true shares of R² before the answers are clipped and rounded to their scales: 0.36, 0.09, 0.01 of 0.46,
        // 78 %, 20 %, 2 %; the scales' ceilings blur the small ones, the order stays
        assertThat(support.importance()).isBetween(55.0, 90.0);
        assertThat(checkout.importance()).isBetween(10.0, 35.0).isGreaterThan(returns.importance());
        assertThat(returns.importance()).isLessThan(15.0);
        assertThat(support.importance() + checkout.importance() + returns.importance()).isCloseTo(100.0,
                org.assertj.core.api.Assertions.within(1e-6));
        // oriented so that better is higher: a low effort goes with a high NPS, a positive r
        assertThat(checkout.correlation()).isPositive();
        assertThat(support.correlation()).isGreaterThan(checkout.correlation());
        assertThat(result.rSquared()).isBetween(0.15, 0.6);
        assertThat(support.score().n()).isEqualTo(2996);
        assertThat(support.performance()).isBetween(0.0, 100.0);
        assertThat(support.quadrant()).isNotNull();
        assertThat(returns.quadrant().name()).isIn("MAINTAIN", "LOW_PRIORITY");
    }

    @Test
    void defaultDriversLeaveOutPointsNobodyAnsweredWithTheOutcome() throws Exception {
        StoreLocation location = fill(400, weights(0.6, 0.3, 0.1));
        DriverResult result;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            result = new KeyDrivers(journey, MetricRegistry.getDefault()).analyse(store, DriverQuery.of(OUTCOME),
                    new NullProgressMonitor());
        }
        assertThat(result.drivers()).extracting(Driver::pointName).containsExactlyInAnyOrder(CHECKOUT, SUPPORT,
                RETURNS);
        assertThat(result.drivers().get(0).pointName()).isEqualTo(CHECKOUT);
    }

    @Test
    void warnsWhenTheDataAreThin() throws Exception {
        StoreLocation location = fill(25, weights(0.6, 0.3, 0.1));
        DriverResult result;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            result = new KeyDrivers(journey, MetricRegistry.getDefault()).analyse(store,
                    DriverQuery.of(OUTCOME).drivers(List.of(CHECKOUT, SUPPORT, RETURNS)), new NullProgressMonitor());
        }
        assertThat(result.n()).isEqualTo(25);
        assertThat(result.warnings()).extracting(DriverWarning::kind).contains(DriverWarning.Kind.THIN);
        DriverWarning thin = result.warnings().get(0);
        assertThat(thin.figure()).isEqualTo(25);
        assertThat(thin.limit()).isEqualTo(30);
        assertThat(thin.message()).contains("25").contains("30");
    }

    @Test
    void refusesAnUnknownOutcomeAndHonoursCancel() throws Exception {
        StoreLocation location = fill(50, weights(0.6, 0.3, 0.1));
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            KeyDrivers drivers = new KeyDrivers(journey, MetricRegistry.getDefault());
            assertThatThrownBy(() -> drivers.analyse(store, DriverQuery.of("No such point"),
                    new NullProgressMonitor())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No such point");
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            assertThatThrownBy(() -> drivers.analyse(store, DriverQuery.of(OUTCOME), cancelled))
                    .isInstanceOf(OperationCanceledException.class);
        }
    }
}
