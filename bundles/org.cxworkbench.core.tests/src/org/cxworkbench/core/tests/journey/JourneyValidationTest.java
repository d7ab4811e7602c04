package org.cxworkbench.core.tests.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cxworkbench.core.internal.journey.JourneyValidator;
import org.cxworkbench.core.journey.Finding;
import org.cxworkbench.core.journey.JourneyValidation;
import org.cxworkbench.core.journey.MetricCatalog;
import org.cxworkbench.core.journey.MetricCatalog.Metric;
import org.cxworkbench.core.journey.MetricCatalog.ScaleRange;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Timing;
import org.cxworkbench.model.journey.Touchpoint;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** Each rule of the journey validator, firing on a journey that breaks it and silent on one that does not. */
class JourneyValidationTest {

    private final Journey journey = TestJourneys.small();

    private static final MetricCatalog CATALOG = MetricCatalog.of(
            Metric.withScales("csat", new ScaleRange(1, 5)), Metric.withScales("nps", new ScaleRange(0, 10)),
            Metric.anyScale("churn"));

    private List<Finding> findings() {
        return findings(null);
    }

    private List<Finding> findings(MetricCatalog catalog) {
        return JourneyValidation.findings(JourneyValidation.validate(journey, catalog));
    }

    private List<Integer> codes(MetricCatalog catalog) {
        Diagnostic result = JourneyValidation.validate(journey, catalog);
        return result.getChildren().stream().map(Diagnostic::getCode).toList();
    }

    private Stage stage(int i) {
        return journey.getStages().get(i);
    }

    private Touchpoint touchpoint(int i) {
        return journey.getTouchpoints().get(i);
    }

    private MeasurementPoint point() {
        return journey.getMeasurementPoints().get(0);
    }

    @Test
    void theSmallJourneyIsClean() {
        assertThat(findings()).isEmpty();
        assertThat(findings(CATALOG)).isEmpty();
    }

    @Test
    void stageNamesAreUniqueIgnoringCaseAndSpaces() {
        stage(1).setName(" search");
        List<Finding> findings = findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.element()).isSameAs(stage(1));
            assertThat(f.message()).isEqualTo("Another stage in the journey is already named 'Search'");
        });
        assertThat(codes(null)).containsExactly(JourneyValidator.DUPLICATE_NAME);
    }

    @Test
    void touchpointNamesAreUniqueWithinAStageOnly() {
        touchpoint(1).setName("Web"); // same name as the touchpoint of another stage: fine
        assertThat(findings()).isEmpty();
        touchpoint(2).setName("Web"); // now two in stage "Buy"
        assertThat(codes(null)).containsExactly(JourneyValidator.DUPLICATE_NAME);
        assertThat(findings().get(0).message()).contains("in stage 'Buy'");
    }

    @Test
    void channelAndSegmentNamesAreUnique() {
        TestJourneys.channel(journey, "Web");
        TestJourneys.channel(journey, "Store");
        assertThat(findings()).isEmpty();
        TestJourneys.channel(journey, "WEB");
        TestJourneys.segment(journey, "customers", SegmentKind.FORMER);
        assertThat(codes(null)).containsExactly(JourneyValidator.DUPLICATE_NAME, JourneyValidator.DUPLICATE_NAME);
    }

    @Test
    void pathsMustStartAndEndAtTouchpointsOfTheJourney() {
        journey.getPaths().get(0).setTo(null);
        assertThat(codes(null)).containsExactly(JourneyValidator.PATH_END_MISSING);
        assertThat(findings().get(0).message()).isEqualTo("Path 'buys' from 'Web' to '?' ends at no touchpoint");
        Journey other = TestJourneys.small();
        journey.getPaths().get(0).setTo(other.getTouchpoints().get(0));
        assertThat(findings().get(0).message()).contains("which is not in this journey");
    }

    @Test
    void aPathShareIsAFraction() {
        journey.getPaths().get(0).setShare(0.4);
        assertThat(findings()).isEmpty();
        journey.getPaths().get(0).setShare(40.0);
        assertThat(codes(null)).containsExactly(JourneyValidator.VALUE_OUT_OF_RANGE);
    }

    @Test
    void everyTouchpointIsInAStage() {
        touchpoint(1).setStage(null);
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Touchpoint 'Store' is in no stage");
            assertThat(f.elementLabel()).isEqualTo("Touchpoint 'Store'");
            assertThat(f.elementId()).isEqualTo(touchpoint(1).getId());
        });
    }

    @Test
    void aScaleRunsFromLowToHigh() {
        point().getScale().setMin(5);
        point().getScale().setMax(5);
        assertThat(codes(null)).containsExactly(JourneyValidator.SCALE_MIN_NOT_BELOW_MAX);
        point().getScale().setMin(1);
        var label = TestJourneys.F.createScaleLabel();
        label.setValue(7);
        label.setText("Great");
        point().getScale().getLabels().add(label);
        assertThat(codes(null)).containsExactly(JourneyValidator.VALUE_OUT_OF_RANGE);
    }

    @Test
    void aMeasurementPointNamesAMetricAndIsAttached() {
        point().setMetricId(" ");
        point().setAttachedTo(null);
        assertThat(codes(null)).containsExactlyInAnyOrder(JourneyValidator.METRIC_MISSING,
                JourneyValidator.NOT_ATTACHED, JourneyValidator.MOMENT_OF_TRUTH_UNMEASURED);
    }

    @Test
    void metricIdsAreCheckedOnlyAgainstAGivenCatalog() {
        point().setMetricId("loyalty-index");
        assertThat(findings()).isEmpty();
        assertThat(codes(CATALOG)).containsExactly(JourneyValidator.METRIC_UNKNOWN);
        assertThat(findings(CATALOG).get(0).message()).contains("'loyalty-index', which is not registered");
    }

    @Test
    void theScaleMustBeOneTheMetricAccepts() {
        point().getScale().setMax(7);
        assertThat(findings()).isEmpty();
        assertThat(codes(CATALOG)).containsExactly(JourneyValidator.SCALE_NOT_ACCEPTED);
        point().setMetricId("churn");
        assertThat(findings(CATALOG)).isEmpty();
    }

    @Test
    void timingNeedsItsHoursOrPeriod() {
        point().setTiming(Timing.WITHIN_HOURS);
        assertThat(codes(null)).containsExactly(JourneyValidator.TIMING_INCOMPLETE);
        point().setWithinHours(24);
        assertThat(findings()).isEmpty();
        point().setTiming(Timing.PERIODIC);
        point().setPeriod("quarterly");
        assertThat(codes(null)).containsExactly(JourneyValidator.TIMING_INCOMPLETE);
        point().setPeriod("P3M");
        assertThat(findings()).isEmpty();
    }

    @Test
    void theMinimumSampleSizeIsPositive() {
        point().setMinimumSampleSize(30);
        assertThat(findings()).isEmpty();
        point().setMinimumSampleSize(0);
        assertThat(codes(null)).containsExactly(JourneyValidator.VALUE_OUT_OF_RANGE);
    }

    @Test
    void aMomentOfTruthWithoutMeasurementPointIsAWarning() {
        touchpoint(0).setMomentOfTruth(true);
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).isEqualTo("Touchpoint 'Web' is a moment of truth but has no measurement point");
        });
        assertThat(JourneyValidation.validate(journey).getSeverity()).isEqualTo(Diagnostic.WARNING);
        TestJourneys.measure(journey, touchpoint(0), "csat", 1, 5);
        assertThat(findings()).isEmpty();
    }

    @Test
    void aSegmentNoMeasurementPointAsksIsAWarning() {
        var never = TestJourneys.segment(journey, "Prospects", SegmentKind.NEVER);
        assertThat(findings()).as("a point without segments asks everyone").isEmpty();
        point().getSegments().add(journey.getSegments().get(0));
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.element()).isSameAs(never);
            assertThat(f.message()).contains("'Prospects' (never) is never asked");
        });
        point().getSegments().add(never);
        assertThat(findings()).isEmpty();
    }

    @Test
    void errorsComeBeforeWarnings() {
        touchpoint(0).setMomentOfTruth(true);
        touchpoint(1).setStage(null);
        assertThat(findings()).extracting(Finding::severity).containsExactly(Finding.Severity.ERROR,
                Finding.Severity.WARNING);
    }
}
