package org.cxworkbench.ui.reports.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxworkbench.services.imports.SurveyImportRequest;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.services.imports.SurveyImports;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.ColumnMapping;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A real embedded results store for the workbench under test (the rest of what the UI tests share is in
 * {@code org.cxworkbench.ui.testsupport.Ui}), filled through the import service with answers whose
 * figures are worked out by hand, and set as the store of the preferences.
 *
 * <p>The sample retail journey's "CSAT after support" (touchpoint "Customer service chat", 1-5 scale, satisfied =
 * 4 or 5) gets ten answers in October 2026: 5, 5, 5, 5, 4, 4, 4, 3, 2, 1. Seven of ten are satisfied: CSAT 70.0,
 * n 10.
 */
public final class TestSupport {

    public static final String CSAT_NAME = "CSAT after support";
    public static final String TOUCHPOINT = "Customer service chat";
    public static final String JOURNEY_NAME = "Retail: buy online or in store";
    public static final int[] ANSWERS = {5, 5, 5, 5, 4, 4, 4, 3, 2, 1};
    /** 7 of 10 satisfied, in the reports' one-decimal format. */
    public static final String SCORE = "70.0";

    private static Path folder;

    private TestSupport() {
    }

    /** The sample journey of the test workspace. */
    public static IFile journeyFile() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject("Journeys")
                .getFile("retail-b2c.journey");
    }

    /** Creates the store once and points the preferences at it. */
    public static synchronized Path createStore() throws Exception {
        if (folder != null) {
            return folder;
        }
        Path base = Files.createTempDirectory("cxw-ui-reports");
        Path csv = base.resolve("support.csv");
        List<String> lines = new ArrayList<>();
        lines.add("Response ID,Submitted,Segment,Support");
        for (int i = 0; i < ANSWERS.length; i++) {
            lines.add("r" + i + ",2026-10-" + (10 + i) + " 12:00,Current customers," + ANSWERS[i]);
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path store = base.resolve("results");
        // the point's id as the workspace's copy of the sample has it
        String csat = org.cxworkbench.core.journey.JourneyFiles.load(journeyFile().getLocation().toPath()).journey()
                .getMeasurementPoints().stream().filter(p -> p.getName().equals(CSAT_NAME)).findFirst()
                .orElseThrow().getId();
        ColumnMapping mapping = new ColumnMapping(Map.of("Support", csat), Map.of(), Map.of(
                ColumnMapping.RESPONDENT, "Response ID", ColumnMapping.TIME, "Submitted", ColumnMapping.SEGMENT,
                "Segment"));
        SurveyImportResult result = new SurveyImports().run(SurveyImportRequest.builder(csv)
                .journeyFile(journeyFile().getLocation().toPath()).mapping(mapping)
                .store(StoreLocation.folder(store), null, null).build(), new NullProgressMonitor());
        if (result.rowsStored() != ANSWERS.length || result.rowsRejected() != 0) {
            throw new IllegalStateException("the test import stored " + result.rowsStored() + " and rejected "
                    + result.rowsRejected());
        }
        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.EMBEDDED);
        CxPreferences.node().put(CxPreferences.STORE_FOLDER, store.toString());
        CxPreferences.node().put(CxPreferences.REPORT_LANGUAGE, "en");
        folder = store;
        return store;
    }
}
