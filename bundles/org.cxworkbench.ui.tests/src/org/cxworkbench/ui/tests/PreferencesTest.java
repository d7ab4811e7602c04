package org.cxworkbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.services.demo.SampleAnswers;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.ui.internal.preferences.CxPreferencePage;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.testsupport.Ui;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window &gt; Preferences &gt; CX Workbench in the real workbench: the dialog is opened through the real command, a
 * script on another thread types into it with key events (Display.post) and presses its buttons while the dialog
 * runs its own event loop, and the test then reads what {@link CxPreferences} returns, the preference file and the
 * secure storage.
 */
class PreferencesTest {

    private static final String PASSWORD = "s3cret-Pass";

    @TempDir
    Path temp;

    @AfterEach
    void restoreDefaults() throws Exception {
        var node = CxPreferences.node();
        node.clear();
        node.flush();
        CxPreferences.setStorePassword(null);
    }

    @Test
    void typedSettingsAreSavedAndThePasswordOnlyInSecureStorage() throws Exception {
        Script script = new Script(dialog -> {
            Composite page = dialog.page();
            dialog.click(page, "Network server (Derby)");
            dialog.type(dialog.textAfter(page, "Host:"), "db.example.org");
            dialog.type(dialog.textAfter(page, "Port:"), "70000");
            assertThat(dialog.errorMessage()).startsWith("The port must be a number from 1 to 65535");
            assertThat(dialog.ui(() -> dialog.shell.getDefaultButton().isEnabled())).as("OK blocked").isFalse();
            dialog.type(dialog.textAfter(page, "Port:"), "15270");
            assertThat(dialog.errorMessage()).isNull();
            dialog.type(dialog.textAfter(page, "Database:"), "cxw_test");
            dialog.type(dialog.textAfter(page, "User:"), "analyst");
            dialog.type(dialog.textAfter(page, "Password:"), PASSWORD);
            dialog.click(page, "Encrypt the connection (TLS: the server runs with cxw server start --tls)");
            dialog.type(dialog.textAfter(page, "Confidence level:"), "1.5");
            assertThat(dialog.errorMessage()).startsWith("The confidence level must be a number between 0 and 1");
            dialog.type(dialog.textAfter(page, "Confidence level:"), "0,9");
            dialog.type(dialog.textAfter(page, "Low n below:"), "0");
            assertThat(dialog.errorMessage()).startsWith("The low n threshold must be a whole number");
            dialog.type(dialog.textAfter(page, "Low n below:"), "25");
            dialog.choose(page, "Interval method:", "Wilson");
            dialog.choose(page, "Report language:", "suomi");
            dialog.choose(page, "Period granularity:", "Quarter");
            assertThat(dialog.errorMessage()).isNull();
            dialog.pressDefault();
        });
        script.runAgainstPreferencesCommand();

        assertThat(CxPreferences.isNetwork()).isTrue();
        // the server runs with TLS: the client speaks TLS only (Derby's ;ssl=basic), and refuses a server without
        assertThat(CxPreferences.storeTls()).isTrue();
        assertThat(CxPreferences.storeLocation().target())
                .isEqualTo("jdbc:derby://db.example.org:15270/cxw_test;ssl=basic");
        assertThat(CxPreferences.storeUser()).isEqualTo("analyst");
        assertThat(CxPreferences.storePassword()).isEqualTo(PASSWORD);
        assertThat(CxPreferences.scoringOptions().level()).isEqualTo(0.9);
        assertThat(CxPreferences.scoringOptions().method()).isEqualTo("wilson");
        assertThat(CxPreferences.scoringOptions().minimumN()).isEqualTo(25);
        assertThat(CxPreferences.reportLocale()).isEqualTo(Locale.forLanguageTag("fi"));
        assertThat(CxPreferences.periodGranularity()).isEqualTo(Dimension.QUARTER);

        Path prefsFile = Path.of(Platform.getInstanceLocation().getURL().getFile(), ".metadata", ".plugins",
                "org.eclipse.core.runtime", ".settings", CxPreferences.NODE + ".prefs");
        String plain = Files.readString(prefsFile, StandardCharsets.ISO_8859_1);
        assertThat(plain).contains("db.example.org").contains("analyst").doesNotContain(PASSWORD);
        // the run's own secure storage (-eclipse.keyring, set by the build), else the user's
        String keyring = System.getProperty("cxw.keyring");
        Path secure = keyring != null ? Path.of(keyring)
                : Path.of(System.getProperty("user.home"), ".eclipse", "org.eclipse.equinox.security",
                        "secure_storage");
        String kept = Files.readString(secure, StandardCharsets.ISO_8859_1);
        assertThat(kept).as("secure storage has the node").contains("store");
        assertThat(kept).as("and the password encrypted, not in plain").doesNotContain(PASSWORD);
    }

    @Test
    void restoreDefaultsAndTestConnectionAgainstARealStore() throws Exception {
        CxPreferences.node().put(CxPreferences.CONFIDENCE_LEVEL, "0.8");
        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.NETWORK);
        Path store = temp.resolve("store");
        long answers = SampleAnswers.importInto(StoreLocation.folder(store), 150, MetricRegistry.getDefault(), null);
        assertThat(answers).isPositive();
        AtomicReference<String> missing = new AtomicReference<>();
        AtomicReference<String> found = new AtomicReference<>();

        Script script = new Script(dialog -> {
            Composite page = dialog.page();
            assertThat(dialog.ui(() -> dialog.textAfter(page, "Confidence level:").getText())).isEqualTo("0.8");
            dialog.press(dialog.shell, "Restore Defaults");
            assertThat(dialog.ui(() -> dialog.textAfter(page, "Confidence level:").getText())).isEqualTo("0.95");
            assertThat(dialog.ui(() -> dialog.button(page, "Embedded database in a folder on this computer")
                    .getSelection())).isTrue();
            assertThat(dialog.ui(() -> dialog.textAfter(page, "Host:").isEnabled())).isFalse();
            assertThat(dialog.ui(() -> dialog.button(page, "Encrypt the connection (TLS: the server runs with cxw server start --tls)").isEnabled()))
                    .as("TLS is a setting of the network server only").isFalse();

            dialog.type(dialog.textAfter(page, "Folder:"), temp.resolve("nothing-here").toString());
            dialog.press(page, "Test Connection");
            missing.set(dialog.waitForLabel(page, "No results database"));
            dialog.type(dialog.textAfter(page, "Folder:"), store.toString());
            dialog.press(page, "Test Connection");
            found.set(dialog.waitForLabel(page, "Connected"));
            dialog.pressDefault();
        });
        script.runAgainstPreferencesCommand();

        assertThat(missing.get()).isEqualTo("No results database in " + temp.resolve("nothing-here")
                + " yet; the first import creates it.");
        assertThat(found.get()).matches("Connected: schema version \\d+, "
                + String.format(Locale.getDefault(), "%,d", answers).replace(",", "\\,") + " answers stored\\.");
        assertThat(CxPreferences.isNetwork()).isFalse();
        assertThat(CxPreferences.storeTls()).isFalse();
        assertThat(CxPreferences.storeFolder()).isEqualTo(store);
        assertThat(CxPreferences.scoringOptions().level()).isEqualTo(0.95);
        assertThat(CxPreferencePage.describe(StoreLocation.folder(store), null, null)).isEqualTo(found.get());
    }

    @Test
    void aScreenshotOfThePage() throws Exception {
        Script script = new Script(dialog -> {
            dialog.page();
            dialog.ui(() -> {
                dialog.shell.setBounds(0, 0, 1000, 790); // as it opens on a 1280 x 800 screen
                dialog.shell.layout(true, true);
                return null;
            });
            Thread.sleep(1500);
            Path png = dialog.ui(() -> Ui.screenshot(dialog.shell, "preferences.png"));
            assertThat(Files.size(png)).isGreaterThan(10_000);
            dialog.press(dialog.shell, "Cancel");
        });
        script.runAgainstPreferencesCommand();
    }

    /** What the script does inside the dialog. */
    @FunctionalInterface
    interface Steps {
        void run(DialogRobot dialog) throws Exception;
    }

    /** Runs steps on a worker thread while the UI thread runs the Preferences command (a modal dialog). */
    static final class Script {
        private final Steps steps;

        Script(Steps steps) {
            this.steps = steps;
        }

        void runAgainstPreferencesCommand() throws Exception {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            Display display = window.getShell().getDisplay();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread worker = new Thread(() -> {
                DialogRobot robot = null;
                try {
                    robot = new DialogRobot(display);
                    steps.run(robot);
                } catch (Throwable e) {
                    failure.set(e);
                    if (robot != null && robot.shell != null) {
                        robot.closeQuietly();
                    }
                }
            }, "preferences test script");
            worker.start();
            IHandlerService handlers = window.getService(IHandlerService.class);
            handlers.executeCommand(IWorkbenchCommandConstants.WINDOW_PREFERENCES, null); // returns when closed
            worker.join(30_000);
            if (failure.get() instanceof Exception e) {
                throw e;
            }
            if (failure.get() instanceof Error e) {
                throw e;
            }
        }
    }

    /** Finds and drives the Preferences dialog from a thread other than the UI's. */
    static final class DialogRobot {
        final Display display;
        final Shell shell;
        final PreferenceDialog dialog;

        DialogRobot(Display display) throws Exception {
            this.display = display;
            long until = System.currentTimeMillis() + 15_000;
            Shell found = null;
            while (found == null && System.currentTimeMillis() < until) {
                Thread.sleep(100);
                found = ui(() -> Ui.shell(display, "Preferences"));
            }
            if (found == null) {
                throw new AssertionError("the Preferences dialog did not open");
            }
            shell = found;
            dialog = ui(() -> (PreferenceDialog) shell.getData());
        }

        <T> T ui(Callable<T> call) throws Exception {
            AtomicReference<T> result = new AtomicReference<>();
            AtomicReference<Exception> failure = new AtomicReference<>();
            display.syncExec(() -> {
                try {
                    result.set(call.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
            if (failure.get() != null) {
                throw failure.get();
            }
            return result.get();
        }

        /** Selects CX Workbench in the page tree as a click does, and returns the page's control. */
        Composite page() throws Exception {
            ui(() -> {
                Tree tree = Ui.find(shell, Tree.class, t -> true).get(0);
                TreeItem item = List.of(tree.getItems()).stream().filter(i -> i.getText().equals("CX Workbench"))
                        .findFirst().orElseThrow(() -> new AssertionError("no CX Workbench page"));
                tree.setSelection(item);
                Event event = new Event();
                event.item = item;
                tree.notifyListeners(SWT.Selection, event);
                return null;
            });
            Thread.sleep(200);
            return ui(() -> {
                Object selected = dialog.getSelectedPage();
                assertThat(selected).isInstanceOf(CxPreferencePage.class);
                return (Composite) ((CxPreferencePage) selected).getControl();
            });
        }

        String errorMessage() throws Exception {
            Thread.sleep(50);
            return ui(() -> ((CxPreferencePage) dialog.getSelectedPage()).getErrorMessage());
        }

        Text textAfter(Composite root, String label) throws Exception {
            return ui(() -> {
                for (Label candidate : Ui.find(root, Label.class,
                        l -> l.getText().replace("&", "").equals(label))) {
                    Control[] siblings = candidate.getParent().getChildren();
                    for (int i = 0; i < siblings.length - 1; i++) {
                        if (siblings[i] == candidate && siblings[i + 1] instanceof Text text) {
                            return text;
                        }
                    }
                }
                throw new AssertionError("no text field after " + label);
            });
        }

        Button button(Composite root, String text) throws Exception {
            return ui(() -> Ui.button(root, text));
        }

        void click(Composite root, String text) throws Exception {
            ui(() -> {
                Ui.press(Ui.button(root, text));
                return null;
            });
        }

        void press(Composite root, String text) throws Exception {
            click(root, text);
        }

        void pressDefault() throws Exception {
            ui(() -> {
                Button ok = shell.getDefaultButton();
                assertThat(ok.isEnabled()).as("OK enabled").isTrue();
                ok.notifyListeners(SWT.Selection, new Event());
                return null;
            });
        }

        /** Picks an item of the read-only combo after {@code label}, as a person choosing it does. */
        void choose(Composite root, String label, String item) throws Exception {
            ui(() -> {
                for (Label candidate : Ui.find(root, Label.class,
                        l -> l.getText().replace("&", "").equals(label))) {
                    Control[] siblings = candidate.getParent().getChildren();
                    for (int i = 0; i < siblings.length - 1; i++) {
                        if (siblings[i] == candidate && siblings[i + 1] instanceof Combo combo) {
                            int index = combo.indexOf(item);
                            assertThat(index).as(item + " in " + List.of(combo.getItems())).isNotNegative();
                            combo.select(index);
                            combo.notifyListeners(SWT.Selection, new Event());
                            return null;
                        }
                    }
                }
                throw new AssertionError("no combo after " + label);
            });
        }

        /**
         * Types {@code value} into {@code field} with real key events: focus, select all, then one key press per
         * character (posted through the UI thread, as the X server would deliver them).
         */
        void type(Text field, String value) throws Exception {
            ui(() -> {
                shell.forceActive();
                field.setFocus();
                field.selectAll();
                return null;
            });
            Thread.sleep(50);
            if (value.isEmpty()) {
                key(SWT.BS, '\b');
            }
            for (char c : value.toCharArray()) {
                key(0, c);
            }
            long until = System.currentTimeMillis() + 3000;
            while (!value.equals(ui(field::getText)) && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            String typed = ui(field::getText);
            assertThat(typed).as("typed into the field").isEqualTo(value);
        }

        private void key(int keyCode, char character) throws Exception {
            boolean shift = Character.isUpperCase(character) || "_:".indexOf(character) >= 0;
            if (shift) {
                post(SWT.KeyDown, SWT.SHIFT, '\0');
            }
            post(SWT.KeyDown, keyCode, character);
            post(SWT.KeyUp, keyCode, character);
            if (shift) {
                post(SWT.KeyUp, SWT.SHIFT, '\0');
            }
            Thread.sleep(3);
        }

        /**
         * Posts a key event from the UI thread: GDK is not thread-safe, and Display.post called on this worker thread
         * while the UI thread ran the dialog's event loop once hung both in GDK (a fresh-clone run, both cores busy
         * for the rest of the test's time). The event still goes through the X server's input queue.
         */
        private void post(int type, int keyCode, char character) throws Exception {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = character;
            if (!ui(() -> display.post(event))) {
                throw new AssertionError("Display.post refused a key event");
            }
        }

        /** Waits for the label under {@code root} that starts with {@code start}, and returns its text. */
        String waitForLabel(Composite root, String start) throws Exception {
            long until = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < until) {
                String text = ui(() -> Ui.find(root, Label.class, l -> l.getText().startsWith(start))
                        .stream().map(Label::getText).findFirst().orElse(null));
                if (text != null) {
                    return text;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no label starting with " + start);
        }

        void closeQuietly() {
            display.syncExec(() -> {
                if (!shell.isDisposed()) {
                    shell.close();
                }
            });
        }
    }
}
