package org.cxworkbench.core.tests.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxworkbench.core.journey.JourneyDocument;
import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyValidation;
import org.cxworkbench.core.journey.MetricCatalog;
import org.cxworkbench.core.journey.MetricCatalog.Metric;
import org.cxworkbench.core.journey.MetricCatalog.ScaleRange;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.model.journey.Touchpoint;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample journeys load, validate clean (no errors, no warnings) and say what the issue promises. */
class SampleJourneysTest {

    /** The metrics the seeds name, with the scales the samples use, as the metric registry will know them. */
    static final MetricCatalog BUILT_IN = MetricCatalog.of(Metric.withScales("nps", new ScaleRange(0, 10)),
            Metric.withScales("csat", new ScaleRange(1, 5)), Metric.withScales("ces5", new ScaleRange(1, 5)),
            Metric.withScales("ces7", new ScaleRange(1, 7)), Metric.anyScale("mystery"), Metric.anyScale("churn"));

    @TempDir
    Path dir;

    private Journey load(String name) throws IOException {
        return JourneyFiles.load(SampleJourneys.copyTo(name, dir)).journey();
    }

    @Test
    void bothSamplesValidateClean() throws IOException {
        for (String name : SampleJourneys.names()) {
            Journey journey = load(name);
            assertThat(JourneyValidation.findings(JourneyValidation.validate(journey, BUILT_IN))).as(name)
                    .isEmpty();
        }
    }

    @Test
    void theRetailSampleMeasuresWhatTheIssueAsks() throws IOException {
        Journey retail = load(SampleJourneys.RETAIL_B2C);
        assertThat(retail.getStages()).extracting(s -> s.getName()).contains("Search", "Purchase", "Delivery",
                "Support", "Return", "Renewal");
        Set<String> metrics = retail.getMeasurementPoints().stream().map(MeasurementPoint::getMetricId)
                .collect(Collectors.toSet());
        assertThat(metrics).containsExactlyInAnyOrder("nps", "csat", "ces5", "ces7", "mystery", "churn");
        MeasurementPoint nps = point(retail, "nps");
        assertThat(nps.getAttachedTo()).as("relationship measure").isSameAs(retail);
        assertThat(nps.getQuestions()).extracting(q -> q.getLanguage()).containsExactly("fi", "sv", "en");
        assertThat(nps.getSegments()).extracting(s -> s.getKind()).containsExactlyInAnyOrder(SegmentKind.CURRENT,
                SegmentKind.FORMER, SegmentKind.NEVER);
        assertThat(((Touchpoint) point(retail, "mystery").getAttachedTo()).getChannel().getName())
                .isEqualTo("Store");
        assertThat(point(retail, "csat").getAttachedTo().getName()).isEqualTo("Customer service chat");
        assertThat(point(retail, "ces7").getAttachedTo().getName()).isEqualTo("Return");
        assertThat(point(retail, "churn").getAttachedTo().getName()).isEqualTo("Loyalty membership renewal");
        assertThat(retail.getTouchpoints()).anyMatch(t -> !t.isDirect());
    }

    @Test
    void theB2bSampleHasAccountsAndLoopsBackFromSupportToOnboarding() throws IOException {
        Journey b2b = load(SampleJourneys.SERVICE_B2B);
        assertThat(b2b.getAccounts()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> {
            assertThat(a.getContacts()).isNotEmpty();
            assertThat(a.getGroups()).isNotEmpty().allSatisfy(g -> assertThat(g.getMembers()).isNotEmpty());
        });
        assertThat(b2b.getPaths()).anySatisfy(p -> {
            assertThat(p.getFrom().getStage().getName()).isEqualTo("Support");
            assertThat(p.getTo().getStage().getName()).isEqualTo("Onboarding");
        });
    }

    @Test
    void samplesRoundTrip() throws IOException {
        for (String name : SampleJourneys.names()) {
            Path file = SampleJourneys.copyTo(name, dir.resolve(name + ".d"));
            JourneyDocument first = JourneyFiles.load(file);
            JourneyFiles.save(first);
            JourneyDocument second = JourneyFiles.load(file);
            assertThat(EcoreUtil.equals(List.copyOf(first.resource().getContents()),
                    List.copyOf(second.resource().getContents()))).as(name).isTrue();
            assertThat(Files.exists(JourneyFiles.backupOf(file))).isTrue();
        }
    }

    private static MeasurementPoint point(Journey journey, String metric) {
        return journey.getMeasurementPoints().stream().filter(m -> metric.equals(m.getMetricId())).findFirst()
                .orElseThrow();
    }
}
