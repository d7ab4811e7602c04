package org.cxworkbench.reports.journey.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.reports.ReportFormat;
import org.cxworkbench.reports.journey.JourneyReports;
import org.cxworkbench.reports.journey.ReportParameters;
import org.cxworkbench.store.EmbeddedDatabase;
import org.eclipse.birt.report.model.api.DesignConfig;
import org.eclipse.birt.report.model.api.DesignEngine;
import org.eclipse.birt.report.model.api.ErrorDetail;
import org.eclipse.birt.report.model.api.OdaDataSetHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.SessionHandle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.ibm.icu.util.ULocale;

/**
 * Each shipped design, loaded with BIRT's model API: no errors or warnings, and every data set's query runs on a
 * connection that holds the report's session tables.
 */
class DesignModelTest {

    @TempDir
    static Path folder;

    static Journey journey;
    static EmbeddedDatabase database;
    static JourneyReports reports;

    @BeforeAll
    static void seed() throws Exception {
        journey = Seed.journey(folder);
        database = Seed.create(folder, journey);
        reports = new JourneyReports();
        // the model API reads BIRT's extensions (the chart item) from the platform the engine starts
        try (Connection c = database.connection()) {
            reports.render("scorecard", journey, c, ReportParameters.defaults(), ReportFormat.HTML,
                    java.io.OutputStream.nullOutputStream());
        }
    }

    @AfterAll
    static void close() throws Exception {
        if (reports != null) {
            reports.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyDesignLoadsWithoutErrorsAndEveryDataSetRuns() throws Exception {
        SessionHandle session = new DesignEngine(new DesignConfig()).newSessionHandle(ULocale.ENGLISH);
        ReportParameters parameters = ReportParameters.defaults().withFrom(LocalDate.of(2026, 9, 1))
                .withTo(LocalDate.of(2026, 11, 30)).withTouchpoint(Seed.CSAT_TOUCHPOINT).withMetric("nps")
                .withOutcome("NPS relationship");
        List<String> ran = new ArrayList<>();
        for (String name : JourneyReports.NAMES) {
            URL url = JourneyReports.design(name);
            ReportDesignHandle design;
            try (InputStream in = url.openStream()) {
                design = session.openDesign(url.toString(), in);
            }
            try {
                assertThat(messages(design.getErrorList())).as(name + " errors").isEmpty();
                assertThat(messages(design.getWarningList())).as(name + " warnings").isEmpty();
                assertThat(design.getIncludeResource()).isEqualTo("journey-reports");
                List<?> dataSets = design.getAllDataSets();
                assertThat(dataSets).as(name + " data sets").isNotEmpty();
                try (Connection c = database.connection()) {
                    reports.prepare(name, journey, c, parameters);
                    for (Object element : dataSets) {
                        OdaDataSetHandle dataSet = (OdaDataSetHandle) element;
                        int parameterCount = 0;
                        for (Iterator<?> it = dataSet.parametersIterator(); it.hasNext(); it.next()) {
                            parameterCount++;
                        }
                        try (PreparedStatement st = c.prepareStatement(dataSet.getQueryText())) {
                            for (int i = 1; i <= parameterCount; i++) {
                                st.setInt(i, 1);
                            }
                            try (ResultSet rs = st.executeQuery()) {
                                assertThat(rs.getMetaData().getColumnCount()).isPositive();
                                while (rs.next()) {
                                    // read it all: a failure can come with a row
                                }
                            }
                        }
                        ran.add(name + "/" + dataSet.getName());
                    }
                }
            } finally {
                design.close();
            }
        }
        assertThat(ran).contains("scorecard/scores", "touchpoint/distribution", "comments/followups");
    }

    private static List<String> messages(List<?> details) {
        List<String> messages = new ArrayList<>();
        for (Object detail : details) {
            messages.add(detail instanceof ErrorDetail e ? e.getMessage() + " (line " + e.getLineNo() + ")"
                    : String.valueOf(detail));
        }
        return messages;
    }
}
