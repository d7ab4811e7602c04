package org.cxworkbench.services.tests.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.SampleJourneys;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.SegmentKind;
import org.cxworkbench.services.drivers.AccountRisk;
import org.cxworkbench.services.drivers.AccountRollUp;
import org.cxworkbench.services.drivers.SegmentComparison;
import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.AnswerGenerator;
import org.cxworkbench.store.ColumnMapping;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account roll-up on a small hand-computed file imported into a real Derby store (the B2B sample journey's
 * accounts, groups and contacts), and the segments compared on generated answers.
 */
class AccountRollUpTest {

    @TempDir
    Path dir;

    static Journey b2b(Path dir) throws Exception {
        return JourneyFiles.load(SampleJourneys.copyTo(SampleJourneys.SERVICE_B2B, dir.resolve("journeys")))
                .journey();
    }

    /**
     * Nordic Logistics Oy: Aino (Decision makers, 1 contact) 9; Erik (IT team, 2 contacts) 3 and 5, one person of mean
     * 4; Pekka, whom the journey does not list, 10. Persons 9, 4, 10: unweighted (9 + 4 + 10) / 3 = 7.667. Groups:
     * Decision makers 9 × 1 contact, IT team 4 × 2 contacts, no group 10 × 1 person: weighted 27 / 4 = 6.75. One
     * detractor (Erik, 4) of 3 persons. Baltic Foods AB: Sara 8, Jonas 6 and a churn flag: unweighted 7, weighted
     * (8 + 6) / 2 = 7, detractors 1/2. Kestrel: Tom 2, detractors 1/1. Risk: Baltic (churn), Kestrel (all
     * detractors), Nordic.
     */
    static final String CSV = """
            Response ID,Submitted,Segment,Account,Contact,NPS relationship,Account churn
            R1,2026-03-01 10:00:00,Current accounts,Nordic Logistics Oy,Aino Virtanen,9,
            R2,2026-03-02 10:00:00,Current accounts,Nordic Logistics Oy,Erik Lindqvist,3,
            R3,2026-03-03 10:00:00,Current accounts,Nordic Logistics Oy,erik.lindqvist@example.fi,5,
            R4,2026-03-04 10:00:00,Current accounts,Nordic Logistics Oy,Pekka Nieminen,10,0
            R5,2026-03-05 10:00:00,Current accounts,Baltic Foods AB,Sara Berg,8,
            R6,2026-03-06 10:00:00,Current accounts,Baltic Foods AB,Jonas Ek,6,1
            R7,2026-03-07 10:00:00,Churned accounts,Kestrel Manufacturing Ltd,Tom Hughes,2,
            R8,2026-03-08 10:00:00,Current accounts,,Nobody,0,
            """;

    @Test
    void rollsUpPersonsGroupsAndAccountsAndSortsByRisk() throws Exception {
        Journey journey = b2b(dir);
        StoreLocation location = importHandFile(journey, dir);
        List<AccountRisk> accounts;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            accounts = new AccountRollUp(journey, MetricRegistry.getDefault()).accounts(store.connection(), null,
                    null, null, null, new NullProgressMonitor());
        }
        assertThat(accounts).extracting(AccountRisk::account).containsExactly("Baltic Foods AB",
                "Kestrel Manufacturing Ltd", "Nordic Logistics Oy");

        AccountRisk nordic = accounts.get(2);
        assertThat(nordic.persons()).isEqualTo(3);
        assertThat(nordic.unweighted()).isCloseTo(23 / 3.0, within(1e-12));
        assertThat(nordic.weighted()).isCloseTo(6.75, within(1e-12));
        assertThat(nordic.detractorShare()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(nordic.churnFlags()).isZero();
        assertThat(nordic.groups()).containsExactly(new AccountRisk.GroupScore("Decision makers", 1, 1, 9),
                new AccountRisk.GroupScore("IT team", 1, 2, 4), new AccountRisk.GroupScore(null, 1, 1, 10));

        AccountRisk baltic = accounts.get(0);
        assertThat(baltic.unweighted()).isEqualTo(7);
        assertThat(baltic.weighted()).isEqualTo(7);
        assertThat(baltic.detractorShare()).isEqualTo(0.5);
        assertThat(baltic.churnFlags()).isEqualTo(1);

        AccountRisk kestrel = accounts.get(1);
        assertThat(kestrel.unweighted()).isEqualTo(2);
        assertThat(kestrel.detractorShare()).isEqualTo(1);
    }

    static StoreLocation importHandFile(Journey journey, Path dir) throws Exception {
        Path csv = dir.resolve("accounts.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        Map<String, String> answers = new LinkedHashMap<>();
        journey.getMeasurementPoints().forEach(p -> {
            if (p.getName().equals("NPS relationship") || p.getName().equals("Account churn")) {
                answers.put(p.getName(), p.getId());
            }
        });
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(ColumnMapping.RESPONDENT, "Response ID");
        roles.put(ColumnMapping.TIME, "Submitted");
        roles.put(ColumnMapping.SEGMENT, "Segment");
        roles.put(ColumnMapping.ACCOUNT, "Account");
        roles.put(ColumnMapping.CONTACT, "Contact");
        Path mapping = dir.resolve("accounts.mapping");
        new ColumnMapping(answers, Map.of(), roles).save(mapping);
        StoreLocation location = StoreLocation.folder(dir.resolve("results"));
        new SurveyImports().run(SurveyImportRequest.builder(csv).journey(journey).mappingFile(mapping)
                .store(location, null, null).build(), new NullProgressMonitor());
        return location;
    }

    @Test
    void formerCustomersAreComparedWithCurrentOnes() throws Exception {
        Journey journey = JourneyFiles.load(SampleJourneys.copyTo(SampleJourneys.RETAIL_B2C, dir.resolve("j")))
                .journey();
        Path csv = dir.resolve("answers.csv");
        new AnswerGenerator(journey, new AnswerGenerator.Settings(3, 6000, YearMonth.of(2026, 1), 6)).write(csv,
                dir.resolve("answers.mapping"));
        StoreLocation location = StoreLocation.folder(dir.resolve("results"));
        new SurveyImports().run(SurveyImportRequest.builder(csv).journey(journey)
                .mappingFile(dir.resolve("answers.mapping")).store(location, null, null).build(),
                new NullProgressMonitor());
        List<SegmentComparison.Row> rows;
        try (ResultsStore store = ResultsStore.open(location, StoreAccess.READ)) {
            rows = new SegmentComparison(journey, MetricRegistry.getDefault()).compare(store.connection(), null, null,
                    0.95);
        }
        List<SegmentComparison.Row> nps = rows.stream().filter(r -> r.pointName().equals("NPS relationship"))
                .toList();
        assertThat(nps).extracting(SegmentComparison.Row::kind).containsExactly(SegmentKind.CURRENT,
                SegmentKind.FORMER, SegmentKind.NEVER);
        assertThat(nps.get(0).comparison()).isNull();
        // the generator makes former customers 0.12 of the scale worse: some 20-30 NPS points, clearly significant
        assertThat(nps.get(1).comparison().difference()).isNegative();
        assertThat(nps.get(1).comparison().significant()).isTrue();
        assertThat(nps.get(1).baseline()).isEqualTo(nps.get(0).segment());
        assertThat(nps.get(1).comparison().difference()).isCloseTo(
                nps.get(1).group().score().value() - nps.get(0).group().score().value(), within(1e-9));
    }
}
