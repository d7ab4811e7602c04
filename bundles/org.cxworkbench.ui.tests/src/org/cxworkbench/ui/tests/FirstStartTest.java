package org.cxworkbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.ui.internal.FirstStart;
import org.cxworkbench.ui.internal.preferences.CxPreferencePage;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new workspace's results store gets the sample answers, in a background job, complete or not at all. */
class FirstStartTest {

    @TempDir
    Path temp;

    @Test
    void theNewTestWorkspaceGotTheSampleAnswersInItsDefaultStore() throws Exception {
        Job.getJobManager().join(FirstStart.FAMILY, null);
        Path store = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve("cxw-results");
        assertThat(CxPreferences.isNetwork()).isFalse();
        assertThat(store).isDirectory();
        assertThat(store.resolveSibling("cxw-results.importing")).doesNotExist();
        assertThat(CxPreferencePage.describe(StoreLocation.folder(store), null, null))
                .matches("Connected: schema version \\d+, [1-9][0-9,]* answers stored\\.");
        assertThat(FirstStart.wanted()).as("a second start imports nothing").isFalse();
    }

    @Test
    void theImportLandsWholeInTheStoreFolder() {
        Path store = temp.resolve("cxw-results");
        IStatus status = FirstStart.importInto(store, 120, new NullProgressMonitor());
        assertThat(status.getSeverity()).as(status.getMessage()).isEqualTo(IStatus.INFO);
        assertThat(status.getMessage()).matches("[1-9][0-9]* sample answers imported into " + store);
        long answers = Long.parseLong(status.getMessage().substring(0, status.getMessage().indexOf(' ')));
        assertThat(store).isDirectory();
        assertThat(temp.resolve("cxw-results.importing")).doesNotExist();
        assertThat(CxPreferencePage.describe(StoreLocation.folder(store), null, null))
                .endsWith(", " + String.format(java.util.Locale.getDefault(), "%,d", answers) + " answers stored.");
    }

    @Test
    void aCancelledImportLeavesNoStore() throws Exception {
        Path store = temp.resolve("cxw-results");
        Files.createDirectories(temp.resolve("cxw-results.importing").resolve("left-by-a-killed-start"));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        IStatus status = FirstStart.importInto(store, 120, cancelled);
        assertThat(status.getSeverity()).isEqualTo(IStatus.CANCEL);
        assertThat(store).doesNotExist();
        assertThat(temp.resolve("cxw-results.importing")).doesNotExist();
    }
}
