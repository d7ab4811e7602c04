package org.cxworkbench.services.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.followups.FollowUpException;
import org.cxworkbench.services.followups.FollowUpItem;
import org.cxworkbench.services.followups.FollowUpQuery;
import org.cxworkbench.services.followups.FollowUpService;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.EmbeddedDatabase;
import org.cxworkbench.store.FollowUpConflictException;
import org.cxworkbench.store.FollowUpState;
import org.cxworkbench.store.internal.Migrations;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up service over a store filled by the survey import service with generated answers of the retail
 * sample: every follow-up the rules made is counted against the answers in the rules' ranges (NPS 0-6, CSAT 1-2,
 * ces5 4-5, ces7 1-2) counted by a query of its own, and the journey's names and scopes are applied.
 */
class FollowUpServiceTest {

    @TempDir
    Path dir;

    private Journey journey;
    private StoreLocation location;

    @BeforeEach
    void importAnswers() throws Exception {
        Path file = SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir.resolve("journeys"));
        journey = JourneyFiles.load(file).journey();
        Path csv = dir.resolve("answers.csv");
        new AnswerGenerator(journey, new AnswerGenerator.Settings(17, 2_000, YearMonth.of(2026, 1), 6)).write(csv,
                dir.resolve("answers.mapping"));
        location = StoreLocation.folder(dir.resolve("results"));
        new SurveyImports().run(SurveyImportRequest.builder(csv).journey(journey).mappingFile(dir.resolve(
                "answers.mapping")).store(location, null, null).build(), new NullProgressMonitor());
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theRulesFollowUpsMatchTheAnswersInTheirRanges() throws Exception {
        Map<String, String> metricOf = journey.getMeasurementPoints().stream().collect(Collectors.toMap(
                MeasurementPoint::getId, MeasurementPoint::getMetricId));
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            long expected = 0;
            try (PreparedStatement st = store.connection().prepareStatement("select measurement_point_id,"
                    + " value_num from answers where value_num is not null"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(2);
                    expected += switch (metricOf.getOrDefault(rs.getString(1), "")) {
                        case "nps" -> v <= 6 ? 1 : 0;
                        case "csat" -> v <= 2 ? 1 : 0;
                        case "ces5" -> v >= 4 ? 1 : 0;
                        case "ces7" -> v <= 2 ? 1 : 0;
                        default -> 0;
                    };
                }
            }
            FollowUpService service = new FollowUpService(store, journey);
            var all = service.list(FollowUpQuery.ALL);
            assertThat(expected).isGreaterThan(100);
            assertThat((long) all.size()).isEqualTo(expected);
            assertThat(all).allSatisfy(item -> assertThat(item.rule()).isNotEmpty());
            assertThat(all.stream().filter(i -> i.followUp().high()).count())
                    .isEqualTo(all.stream().filter(i -> i.rule().startsWith("CSAT")).count()).isPositive();

            Touchpoint checkout = journey.getTouchpoints().stream().filter(t -> t.getName().equals(
                    "Online checkout")).findFirst().orElseThrow();
            var atCheckout = service.list(new FollowUpQuery(Set.of(), null, "online checkout", null, 0));
            assertThat(atCheckout).isNotEmpty().allSatisfy(item -> {
                assertThat(item.touchpoint()).isEqualTo("Online checkout");
                assertThat(item.point()).isEqualTo("CES online checkout");
                assertThat(item.followUp().value()).isBetween(4.0, 5.0);
            });
            assertThat(service.list(FollowUpQuery.ALL, checkout)).hasSameSizeAs(atCheckout);
            assertThat(service.list(new FollowUpQuery(Set.of(), null, "Purchase", null, 0)))
                    .as("the stage holds the checkout").hasSameSizeAs(atCheckout);
            assertThat(service.list(new FollowUpQuery(Set.of(), null, journey.getName(), null, 0))).hasSameSizeAs(all);
            assertThatThrownBy(() -> service.list(new FollowUpQuery(Set.of(), null, "Nowhere", null, 0)))
                    .isInstanceOf(FollowUpException.class).hasMessageContaining("Nowhere");
        }
    }

    @Test
    void changesGoThroughWithTheVersionRead() throws Exception {
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.WRITE)) {
            FollowUpService service = new FollowUpService(store, journey);
            FollowUpItem first = service.list(new FollowUpQuery(Set.of(FollowUpState.NEW), null, null, null, 1))
                    .get(0);
            long id = first.followUp().id();
            FollowUpItem assigned = service.assign(id, 1, "Maija", LocalDate.of(2026, 1, 1));
            assertThat(service.list(new FollowUpQuery(Set.of(), "Maija", null, LocalDate.of(2026, 1, 2), 0)))
                    .extracting(i -> i.followUp().id()).containsExactly(id);
            assertThat(assigned.point()).isEqualTo(first.point());
            service.setState(id, 2, FollowUpState.CONTACTED);
            assertThatThrownBy(() -> service.note(id, 2, "late")).isInstanceOf(FollowUpConflictException.class)
                    .hasMessageContaining("APP");
            assertThatThrownBy(() -> service.note(id, 3, " ")).isInstanceOf(FollowUpException.class);
            assertThat(service.history(id)).hasSize(3);
            assertThat(service.user()).isEqualTo("APP");
        }
    }

    @Test
    void aStoreOlderThanFollowUpsIsRefusedByReaders() throws Exception {
        Path old = dir.resolve("v4");
        try (EmbeddedDatabase db = EmbeddedDatabase.open(old); Connection c = db.connection();
                Statement st = c.createStatement()) {
            st.executeUpdate("create table schema_version (version int not null primary key,"
                    + " description varchar(200) not null, applied_at timestamp not null)");
            for (Migrations.Step step : Migrations.STEPS) {
                if (step.version() <= 4) {
                    for (String sql : step.statements()) {
                        st.executeUpdate(sql);
                    }
                    step.action().apply(c);
                    st.executeUpdate("insert into schema_version values (" + step.version() + ", 'x',"
                            + " current_timestamp)");
                }
            }
            assertThat(count(c, "select count(*) from schema_version")).isEqualTo(4);
        }
        try (ResultsStore store = ResultsStore.open(StoreLocation.folder(old), StoreAccess.READ)) {
            assertThatThrownBy(() -> new FollowUpService(store, journey)).isInstanceOf(FollowUpException.class)
                    .hasMessageContaining("version 4").hasMessageContaining(ResultsStore.UPGRADE_COMMAND);
        }
    }
}
