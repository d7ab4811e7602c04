package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cxworkbench.metrics.Direction;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.scoring.JourneyScores;
import org.cxworkbench.services.scoring.ScoreBoard;
import org.cxworkbench.services.scoring.ScoreRow;
import org.cxworkbench.services.scoring.ScoreWindow;
import org.cxworkbench.services.store.ResultsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScoreBoard} on a real Derby store with hand-made answers ({@link ScoreBoardFixture}). */
class ScoreBoardTest {

    private static final ScoreWindow NOVEMBER = new ScoreWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11,
            30), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null, ScoringOptions.defaults());

    @TempDir
    Path dir;

    private ScoreBoardFixture fixture;
    private ScoreBoard board;

    @BeforeEach
    void store() throws Exception {
        fixture = new ScoreBoardFixture(dir);
        board = new ScoreBoard(fixture.journey, MetricRegistry.getDefault());
    }

    private static ScoreRow row(List<ScoreRow> rows, String metricId) {
        return rows.stream().filter(r -> r.metricId().equals(metricId)).findFirst().orElseThrow();
    }

    @Test
    void aTouchpointsCsatWithASignificantChangeAndItsTargetMet() throws Exception {
        Touchpoint chat = fixture.element(Touchpoint.class, "Customer service chat");
        try (ResultsStore store = fixture.open()) {
            List<ScoreRow> rows = board.rows(store, chat, NOVEMBER, null);
            assertThat(rows).extracting(ScoreRow::metricId).containsExactly("csat");
            ScoreRow csat = rows.get(0);
            assertThat(csat.elementId()).isEqualTo(chat.getId());
            assertThat(csat.elementName()).isEqualTo("Customer service chat");
            // 54 of 60 satisfied (4 or 5): 90 %; October 30 of 60: 50 %
            assertThat(csat.score().n()).isEqualTo(60);
            assertThat(csat.score().value()).isCloseTo(90.0, within(1e-9));
            assertThat(csat.previous().n()).isEqualTo(60);
            assertThat(csat.previous().value()).isCloseTo(50.0, within(1e-9));
            assertThat(csat.change()).isCloseTo(40.0, within(1e-9));
            // z = 40 / hypot(se 90 %, se 50 %) is about 5: far beyond chance
            assertThat(csat.significant()).isTrue();
            assertThat(csat.better()).isEqualTo(Direction.HIGHER);
            assertThat(csat.target()).isEqualTo(85.0);
            assertThat(csat.targetMet()).isTrue();
            // the point asks for 50 answers; 60 is enough
            assertThat(csat.lowN()).isFalse();
            assertThat(csat.score().hasInterval()).isTrue();
        }
    }

    @Test
    void theJourneysNpsWithANonSignificantChangeAndItsTargetUnmet() throws Exception {
        try (ResultsStore store = fixture.open()) {
            ScoreRow nps = row(board.rows(store, fixture.journey, NOVEMBER, null), "nps");
            // November: 10 promoters, 4 passives, 6 detractors of 20: 100 · (10 − 6) / 20 = 20
            assertThat(nps.score().n()).isEqualTo(20);
            assertThat(nps.score().value()).isCloseTo(20.0, within(1e-9));
            assertThat(nps.score().standardError()).isCloseTo(100 * Math.sqrt((0.5 + 0.3 - 0.04) / 20),
                    within(1e-9));
            // October: 4, 6, 10 of 20: −30
            assertThat(nps.previous().value()).isCloseTo(-30.0, within(1e-9));
            assertThat(nps.change()).isCloseTo(50.0, within(1e-9));
            // SE of the difference 100 · sqrt(0.76/20 + 0.61/20) = 26.17, z = 1.91, p = 0.056 > 0.05
            assertThat(nps.significant()).isFalse();
            assertThat(nps.target()).isEqualTo(30.0);
            assertThat(nps.targetMet()).isFalse();
            // the point asks for 200 answers
            assertThat(nps.lowN()).isTrue();
            assertThat(nps.score().lowN()).isTrue();
        }
    }

    @Test
    void lowerIsBetterForEffortAndASegmentFilterChangesWhetherTheTargetIsMet() throws Exception {
        Touchpoint checkout = fixture.element(Touchpoint.class, "Online checkout");
        try (ResultsStore store = fixture.open()) {
            ScoreRow all = row(board.rows(store, checkout, NOVEMBER, null), "ces5");
            // 10 answers of 1 and 10 of 4: mean 2.5, above the target 2 where lower is better
            assertThat(all.score().n()).isEqualTo(20);
            assertThat(all.score().value()).isCloseTo(2.5, within(1e-9));
            assertThat(all.better()).isEqualTo(Direction.LOWER);
            assertThat(all.target()).isEqualTo(2.0);
            assertThat(all.targetMet()).isFalse();
            // no answers in October: nothing to compare with
            assertThat(all.previous()).isNull();
            assertThat(all.change()).isNull();
            assertThat(all.significant()).isFalse();

            ScoreWindow current = new ScoreWindow(NOVEMBER.from(), NOVEMBER.to(), NOVEMBER.previousFrom(),
                    NOVEMBER.previousTo(), "Current customers", NOVEMBER.options());
            ScoreRow segment = row(board.rows(store, checkout, current, null), "ces5");
            assertThat(segment.score().n()).isEqualTo(10);
            assertThat(segment.score().value()).isCloseTo(1.0, within(1e-9));
            assertThat(segment.targetMet()).isTrue();

            ScoreWindow prospects = new ScoreWindow(NOVEMBER.from(), NOVEMBER.to(), NOVEMBER.previousFrom(),
                    NOVEMBER.previousTo(), "Prospects", NOVEMBER.options());
            ScoreRow nps = row(board.rows(store, fixture.journey, prospects, null), "nps");
            // the prospects gave the 6 detractors of November and the 10 of October
            assertThat(nps.score().n()).isEqualTo(6);
            assertThat(nps.score().value()).isCloseTo(-100.0, within(1e-9));
            assertThat(nps.previous().value()).isCloseTo(-100.0, within(1e-9));
            assertThat(nps.change()).isCloseTo(0.0, within(1e-9));
        }
    }

    @Test
    void anEmptyPeriodGivesRowsWithoutScores() throws Exception {
        Touchpoint chat = fixture.element(Touchpoint.class, "Customer service chat");
        ScoreWindow january = new ScoreWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, ScoringOptions.defaults());
        try (ResultsStore store = fixture.open()) {
            ScoreRow csat = row(board.rows(store, chat, january, null), "csat");
            assertThat(csat.score().isEmpty()).isTrue();
            assertThat(csat.score().n()).isZero();
            assertThat(csat.hasScore()).isFalse();
            assertThat(csat.previous()).isNull();
            assertThat(csat.change()).isNull();
            assertThat(csat.target()).isEqualTo(85.0);
            assertThat(csat.targetMet()).isNull();
            assertThat(ScoreBoard.latestAnswerDay(store)).contains(LocalDate.of(2026, 11, 21));
            assertThat(ScoreBoard.segments(store)).containsExactly("Current customers", "Prospects");
        }
    }

    @Test
    void theWholeJourneyInOnePassGivesWhatEachElementGivesAlone() throws Exception {
        Touchpoint chat = fixture.element(Touchpoint.class, "Customer service chat");
        Stage purchase = fixture.element(Stage.class, "Purchase");
        Stage support = fixture.element(Stage.class, "Support");
        try (ResultsStore store = fixture.open()) {
            JourneyScores scores = board.journey(store, NOVEMBER, null);
            assertThat(scores.touchpoint(chat.getId())).isEqualTo(board.rows(store, chat, NOVEMBER, null));
            assertThat(scores.stage(support.getId())).isEqualTo(board.rows(store, support, NOVEMBER, null));
            // the stage holds its touchpoints' points: online checkout's effort and store checkout's mystery visits
            assertThat(scores.stage(purchase.getId())).extracting(ScoreRow::metricId).containsExactly("ces5",
                    "mystery");
            assertThat(row(scores.stage(purchase.getId()), "ces5").score().value()).isCloseTo(2.5, within(1e-9));
            // touchpoints without measurement points have no entry
            Touchpoint advertising = fixture.element(Touchpoint.class, "Advertising");
            assertThat(scores.touchpoints()).doesNotContainKey(advertising.getId());
            assertThat(scores.touchpoint(advertising.getId())).isEmpty();
        }
    }
}
