package org.cxworkbench.ui.p2.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * p2 in the workbench: the example plug-in is installed from its p2 repository (the one the reactor builds, as a
 * team would publish theirs) into the profile the workbench runs with, then Help > About > Installation Details is
 * opened through the real menus with real events, and its Installed Software page must list the feature.
 */
class InstallationDetailsTest {

    private static final String FEATURE = "org.cxworkbench.example.feature.feature.group";

    @Test
    void installationDetailsListsTheInstalledFeature() throws Exception {
        installExampleIntoTheRunningProfile();

        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display display = window.getDisplay();
        MenuItem help = item(window.getMenuBar(), "Help");
        Menu helpMenu = help.getMenu();
        helpMenu.notifyListeners(SWT.Show, new Event()); // the menu manager fills the menu when it is shown
        List<String> helpItems = new ArrayList<>();
        for (MenuItem item : helpMenu.getItems()) {
            helpItems.add(item.getText().replace("&", ""));
        }
        assertThat(helpItems).as("p2's UI contributes Install New Software to the Help menu")
                .anyMatch(text -> text.startsWith("Install New Software"));
        MenuItem about = item(helpMenu, "About");
        helpMenu.notifyListeners(SWT.Hide, new Event());

        // the dialogs are modal: a timer drives them while the About action runs its own event loop
        AtomicReference<List<String>> listed = new AtomicReference<>(List.of());
        AtomicBoolean detailsOpened = new AtomicBoolean();
        AtomicBoolean found = new AtomicBoolean();
        long deadline = System.currentTimeMillis() + 120_000;
        Runnable driver = new Runnable() {
            @Override
            public void run() {
                Shell details = shell(display, "Installation Details");
                Shell aboutShell = shell(display, "About");
                boolean late = System.currentTimeMillis() > deadline;
                if (details != null) {
                    List<String> rows = new ArrayList<>();
                    for (Tree tree : Ui.find(details, Tree.class, t -> true)) {
                        for (TreeItem item : tree.getItems()) {
                            StringBuilder row = new StringBuilder();
                            for (int column = 0; column < Math.max(1, tree.getColumnCount()); column++) {
                                row.append(item.getText(column)).append(" | ");
                            }
                            rows.add(row.toString());
                        }
                    }
                    listed.set(rows);
                    if (rows.stream().anyMatch(row -> row.contains(FEATURE)) || late) {
                        found.set(rows.stream().anyMatch(row -> row.contains(FEATURE)));
                        details.close();
                    }
                } else if (aboutShell != null && !detailsOpened.get()) {
                    Button button = Ui.find(aboutShell, Button.class, b -> true).stream()
                            .filter(b -> b.getText().replace("&", "").startsWith("Installation Details")).findFirst()
                            .orElse(null);
                    if (button != null) {
                        detailsOpened.set(true);
                        display.timerExec(300, this); // the next tick finds the dialog this click opens
                        button.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                } else if (aboutShell != null) {
                    aboutShell.close();
                    return;
                }
                if (aboutShell != null || details != null || !late) {
                    display.timerExec(300, this);
                }
            }
        };
        display.timerExec(500, driver);
        about.notifyListeners(SWT.Selection, new Event());
        // the About action returns when its dialog closed
        assertThat(detailsOpened).as("the About dialog has an Installation Details button").isTrue();
        assertThat(found.get()).as("Installed Software lists the example feature; it listed %s", listed.get())
                .isTrue();
    }

    /** Installs the example feature from its repository into the profile this workbench runs with (SELF). */
    private static void installExampleIntoTheRunningProfile() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(InstallationDetailsTest.class).getBundleContext();
        // the agent the workbench runs with (p2's core starts it on eclipse.p2.data.area), which the UI uses too
        var references = context.getServiceReferences(IProvisioningAgent.class,
                "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
        assertThat(references).as("p2's core runs in the workbench with an agent of its own").isNotEmpty();
        IProvisioningAgent agent = context.getService(references.iterator().next());
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        String profileId = System.getProperty("eclipse.p2.profile");
        IProfile profile = registry.getProfile(profileId);
        if (profile == null) {
            Path install = Files.createDirectories(Path.of(System.getProperty("eclipse.p2.data.area"), "..",
                    "p2-install").normalize());
            Map<String, String> properties = new HashMap<>();
            properties.put(IProfile.PROP_INSTALL_FOLDER, install.toString());
            properties.put(IProfile.PROP_CACHE, install.toString());
            properties.put(IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64");
            profile = registry.addProfile(profileId, properties);
        }
        URI repository = new File(System.getProperty("cxw.exampleRepository")).toURI();
        IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class)
                .loadRepository(repository, null);
        agent.getService(IArtifactRepositoryManager.class).loadRepository(repository, null);
        IInstallableUnit feature = metadata.query(QueryUtil.createIUQuery(FEATURE), null).iterator().next();

        // the engine alone: the test profile lacks the product the feature needs, which a planner would ask for
        IEngine engine = agent.getService(IEngine.class);
        ProvisioningContext provisioning = new ProvisioningContext(agent);
        provisioning.setMetadataRepositories(repository);
        provisioning.setArtifactRepositories(repository);
        IProvisioningPlan plan = engine.createPlan(profile, provisioning);
        for (IInstallableUnit iu : metadata.query(QueryUtil.createIUAnyQuery(), null)) {
            if (iu.getId().startsWith("org.cxworkbench.example.")) {
                plan.addInstallableUnit(iu);
            }
        }
        plan.setInstallableUnitProfileProperty(feature, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
        agent.registerService(UIServices.SERVICE_NAME, new TrustAll());
        IStatus status = engine.perform(plan,
                PhaseSetFactory.createDefaultPhaseSetExcluding(new String[] {PhaseSetFactory.PHASE_CHECK_TRUST}),
                null);
        assertThat(status.getSeverity()).as("the install: %s", status).isLessThan(IStatus.ERROR);
        assertThat(registry.getProfile(profileId).query(QueryUtil.createIUQuery(FEATURE), null).isEmpty()).isFalse();
    }

    private static final class TrustAll extends UIServices {
        @Override
        @SuppressWarnings("deprecation")
        public TrustInfo getTrustInfo(java.security.cert.Certificate[][] untrusted, String[] unsignedDetail) {
            return new TrustInfo(new java.security.cert.Certificate[0], false, true);
        }

        @Override
        public AuthenticationInfo getUsernamePassword(String location) {
            return null;
        }

        @Override
        public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
            return null;
        }
    }

    private static MenuItem item(Menu menu, String prefix) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").startsWith(prefix)) {
                return item;
            }
        }
        throw new AssertionError("no menu item " + prefix);
    }

    private static Shell shell(Display display, String title) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getText().contains(title)) {
                return shell;
            }
        }
        return null;
    }
}
