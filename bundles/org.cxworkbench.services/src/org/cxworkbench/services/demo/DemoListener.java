package org.cxworkbench.services.demo;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.services.imports.SurveyImportResult;
import org.cxworkbench.store.ScoredGroup;

/**
 * Hears the steps of a {@link DemoRun} as they finish, journey by journey, so that a caller can show them at once
 * (cxw prints them); every method does nothing by default.
 */
public interface DemoListener {

    /** The answers of one journey were written to {@code csv}: {@code rows} of them, {@code badRows} bad on purpose. */
    default void generated(Path csv, long rows, long badRows) {
    }

    /** The answers in {@code csv} were imported (or found imported before: {@link SurveyImportResult#alreadyImported()}). */
    default void imported(Path csv, SurveyImportResult result) {
    }

    /** Every touchpoint's scores of {@code journey} over the months {@code first} to {@code last}, per stage and touchpoint. */
    default void scored(Journey journey, YearMonth first, YearMonth last, List<ScoredGroup> groups) {
    }

    /** The scorecard of {@code month} of the journey whose files are named {@code base} was written. */
    default void reported(String base, YearMonth month) {
    }
}
