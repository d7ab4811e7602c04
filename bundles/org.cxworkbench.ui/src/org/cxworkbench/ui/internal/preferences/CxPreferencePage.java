package org.cxworkbench.ui.internal.preferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window &gt; Preferences &gt; CX Workbench: the results store (embedded folder or network server, with a Test
 * connection button), how scores are computed (confidence level, interval method, low-n threshold), the report
 * language and the period granularity. Everything is written through {@link CxPreferences}'s keys; the password
 * goes to secure storage only.
 */
public final class CxPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The page's id in {@code org.eclipse.ui.preferencePages}. */
    public static final String ID = "org.cxworkbench.ui.preferences.root";

    /** Interval methods offered: the metric's own choice, then the methods the built-in metrics know. */
    private static final String[] METHODS = { ScoringOptions.DEFAULT_METHOD, "wald", "adjusted-wald", "wilson" };
    private static final String[] LANGUAGES = { "", "en", "fi", "sv" };
    private static final String[] PERIODS = { "month", "quarter" };

    private Button embedded;
    private Button network;
    private Text folder;
    private Button browse;
    private Text host;
    private Text port;
    private Text database;
    private Text user;
    private Button tls;
    private Text password;
    private Button testConnection;
    private Label connectionResult;
    private Text level;
    private Combo method;
    private Text lowN;
    private Combo language;
    private Combo period;
    private final Map<String, String> methodValues = new LinkedHashMap<>();
    /** Whether the password field was typed in (or restored to its default) since it was filled. */
    private boolean passwordEdited;
    private Job runningTest;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Page_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);

        Group store = group(page, Messages.Store_group, 3);
        embedded = radio(store, Messages.Store_embedded);
        folder = text(labelled(store, Messages.Store_folder), SWT.BORDER);
        folder.setMessage(Messages.Store_folderHint);
        browse = new Button(store, SWT.PUSH);
        browse.setText(Messages.Store_browse);
        browse.addListener(SWT.Selection, e -> chooseFolder());
        network = radio(store, Messages.Store_network);
        host = text(labelled(store, Messages.Store_host), SWT.BORDER, 2);
        port = text(labelled(store, Messages.Store_port), SWT.BORDER, 2);
        database = text(labelled(store, Messages.Store_database), SWT.BORDER, 2);
        user = text(labelled(store, Messages.Store_user), SWT.BORDER, 2);
        password = text(labelled(store, Messages.Store_password), SWT.BORDER | SWT.PASSWORD, 2);
        new Label(store, SWT.NONE);
        tls = new Button(store, SWT.CHECK);
        tls.setText(Messages.Store_tls);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(tls);
        testConnection = new Button(store, SWT.PUSH);
        testConnection.setText(Messages.Store_test);
        testConnection.addListener(SWT.Selection, e -> testConnection());
        connectionResult = new Label(store, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(connectionResult);

        Group scores = group(page, Messages.Scores_group, 2);
        level = text(labelled(scores, Messages.Scores_level), SWT.BORDER, 1);
        method = new Combo(labelled(scores, Messages.Scores_method), SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(method);
        lowN = text(labelled(scores, Messages.Scores_lowN), SWT.BORDER, 1);

        Group other = group(page, Messages.Reports_group, 2);
        language = new Combo(labelled(other, Messages.Reports_language), SWT.READ_ONLY);
        language.setItems(NLS.bind(Messages.Reports_languageWorkbench, Locale.forLanguageTag(
                Platform.getNL().replace('_', '-')).getDisplayLanguage(Locale.forLanguageTag(
                        Platform.getNL().replace('_', '-')))), "English", "suomi", "svenska");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(language);
        period = new Combo(labelled(other, Messages.Reports_period), SWT.READ_ONLY);
        period.setItems(Messages.Reports_month, Messages.Reports_quarter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(period);

        load(false);
        embedded.addListener(SWT.Selection, e -> kindChanged());
        network.addListener(SWT.Selection, e -> kindChanged());
        for (Text field : new Text[] { folder, host, port, database, user, level, lowN }) {
            field.addListener(SWT.Modify, e -> validate());
        }
        password.addListener(SWT.Modify, e -> passwordEdited = true);
        kindChanged();
        return page;
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private static Button radio(Composite parent, String text) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        GridDataFactory.fillDefaults().span(((org.eclipse.swt.layout.GridLayout) parent.getLayout()).numColumns, 1)
                .applyTo(button);
        return button;
    }

    /** A label, indented under a radio button when the group has three columns; returns the parent. */
    private static Composite labelled(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        boolean store = ((org.eclipse.swt.layout.GridLayout) parent.getLayout()).numColumns == 3;
        GridDataFactory.swtDefaults().indent(store ? 20 : 0, 0).applyTo(label);
        return parent;
    }

    private static Text text(Composite parent, int style) {
        Text text = new Text(parent, style);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static Text text(Composite parent, int style, int span) {
        Text text = text(parent, style);
        ((org.eclipse.swt.layout.GridData) text.getLayoutData()).horizontalSpan = span;
        return text;
    }

    /** Fills the fields from the preferences, or with the defaults. */
    private void load(boolean defaults) {
        boolean isNetwork = !defaults && CxPreferences.isNetwork();
        embedded.setSelection(!isNetwork);
        network.setSelection(isNetwork);
        folder.setText(value(CxPreferences.STORE_FOLDER, "", defaults));
        host.setText(value(CxPreferences.STORE_HOST, CxPreferences.DEFAULT_HOST, defaults));
        port.setText(value(CxPreferences.STORE_PORT, Integer.toString(CxPreferences.DEFAULT_PORT), defaults));
        database.setText(value(CxPreferences.STORE_DATABASE, CxPreferences.DEFAULT_DATABASE, defaults));
        user.setText(value(CxPreferences.STORE_USER, "", defaults));
        tls.setSelection(!defaults && CxPreferences.storeTls());
        String kept = null;
        if (!defaults) {
            try {
                kept = CxPreferences.storePassword();
            } catch (StorageException e) {
                setMessage(NLS.bind(Messages.Store_passwordUnreadable, e.getMessage()), WARNING);
            }
        }
        password.setText(kept == null ? "" : kept);
        passwordEdited = defaults;
        ScoringOptions options = defaults ? ScoringOptions.defaults() : CxPreferences.scoringOptions();
        level.setText(defaults ? Double.toString(CxPreferences.DEFAULT_LEVEL) : Double.toString(options.level()));
        lowN.setText(Long.toString(defaults ? ScoringOptions.DEFAULT_MINIMUM_N : options.minimumN()));
        methodValues.clear();
        for (String known : METHODS) {
            methodValues.put(known, methodLabel(known));
        }
        String chosen = defaults ? ScoringOptions.DEFAULT_METHOD : options.method();
        methodValues.putIfAbsent(chosen, chosen);
        method.setItems(methodValues.values().toArray(String[]::new));
        method.select(indexOf(methodValues.keySet().toArray(String[]::new), chosen));
        language.select(Math.max(0, indexOf(LANGUAGES, value(CxPreferences.REPORT_LANGUAGE, "", defaults))));
        period.select(Math.max(0, indexOf(PERIODS, value(CxPreferences.PERIOD_GRANULARITY, "month", defaults))));
        connectionResult.setText("");
    }

    private static String methodLabel(String value) {
        return switch (value) {
            case ScoringOptions.DEFAULT_METHOD -> Messages.Scores_methodDefault;
            case "wald" -> "Wald";
            case "adjusted-wald" -> Messages.Scores_methodAdjustedWald;
            case "wilson" -> "Wilson";
            default -> value;
        };
    }

    private static String value(String key, String defaultValue, boolean defaults) {
        return defaults ? defaultValue : CxPreferences.node().get(key, defaultValue);
    }

    private static int indexOf(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private void kindChanged() {
        boolean isNetwork = network.getSelection();
        folder.setEnabled(!isNetwork);
        browse.setEnabled(!isNetwork);
        for (Text field : new Text[] { host, port, database, user, password }) {
            field.setEnabled(isNetwork);
        }
        tls.setEnabled(isNetwork);
        validate();
    }

    private void chooseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText(Messages.Store_folderDialog);
        String current = folder.getText().isBlank() ? CxPreferences.storeFolder().toString() : folder.getText();
        dialog.setFilterPath(current);
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    /** Checks every field; the first problem becomes the page's error message and blocks OK and Apply. */
    private boolean validate() {
        String error = problem();
        setErrorMessage(error);
        setValid(error == null);
        testConnection.setEnabled(error == null && (runningTest == null));
        return error == null;
    }

    private String problem() {
        if (embedded.getSelection()) {
            String chosen = folder.getText().strip();
            if (!chosen.isEmpty() && Files.isRegularFile(Path.of(chosen))) {
                return NLS.bind(Messages.Error_folderIsFile, chosen);
            }
        } else {
            if (host.getText().isBlank()) {
                return Messages.Error_host;
            }
            Integer portNumber = parseInt(port.getText());
            if (portNumber == null || portNumber < 1 || portNumber > 65535) {
                return NLS.bind(Messages.Error_port, port.getText().strip());
            }
            if (database.getText().isBlank() || !database.getText().strip().matches("[^/\\s;:]+")) {
                return Messages.Error_database;
            }
        }
        Double confidence = parseLevel(level.getText());
        if (confidence == null || !(confidence > 0 && confidence < 1)) {
            return NLS.bind(Messages.Error_level, level.getText().strip());
        }
        Long n = parseLong(lowN.getText());
        if (n == null || n < 1) {
            return NLS.bind(Messages.Error_lowN, lowN.getText().strip());
        }
        return null;
    }

    /** A level as a person types it: 0.95 or 0,95 (the Finnish and Swedish decimal comma). */
    static Double parseLevel(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where the fields point, without saving them. */
    private StoreLocation locationOfFields() {
        if (network.getSelection()) {
            return new StoreLocation("jdbc:derby://" + host.getText().strip() + ':' + port.getText().strip() + '/'
                    + database.getText().strip() + (tls.getSelection() ? ClientConnections.TLS_ATTRIBUTE : ""));
        }
        String chosen = folder.getText().strip();
        return chosen.isEmpty() ? StoreLocation.folder(defaultFolder()) : StoreLocation.folder(Path.of(chosen));
    }

    private static Path defaultFolder() {
        return org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()
                .resolve(StoreLocation.DEFAULT_FOLDER);
    }

    /** Opens the store of the fields for reading in a background job and shows what it holds, or why not. */
    private void testConnection() {
        if (!validate()) {
            return;
        }
        StoreLocation location = locationOfFields();
        String storeUser = network.getSelection() ? user.getText().strip() : null;
        String storePassword = network.getSelection() ? password.getText() : null;
        connectionResult.setText(NLS.bind(Messages.Test_running, location.target()));
        testConnection.setEnabled(false);
        Display display = getShell().getDisplay();
        Job job = Job.create(Messages.Test_job, monitor -> {
            String line = describe(location, storeUser, storePassword);
            if (!display.isDisposed()) {
                display.asyncExec(() -> showResult(line));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        runningTest = job;
        job.schedule();
    }

    private void showResult(String line) {
        runningTest = null;
        if (connectionResult.isDisposed()) {
            return;
        }
        connectionResult.setText(line);
        connectionResult.getParent().layout(true);
        validate();
    }

    /** One line: the schema version and the number of stored answers, or the cause of the failure. */
    public static String describe(StoreLocation location, String user, String password) {
        try (ResultsStore store = ResultsStore.open(location, user, password, StoreAccess.READ)) {
            if (!store.hasResults()) {
                return Messages.Test_empty;
            }
            long answers;
            try (Statement statement = store.connection().createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from answers")) {
                rows.next();
                answers = rows.getLong(1);
            }
            return NLS.bind(Messages.Test_ok, Integer.toString(store.schemaVersion()),
                    String.format(Locale.getDefault(), "%,d", answers));
        } catch (StoreException e) {
            return failure(e);
        } catch (SQLException e) {
            return NLS.bind(Messages.Test_failed, e.getMessage());
        }
    }

    private static String failure(StoreException e) {
        String target = e.location() != null ? e.location().target() : "";
        return switch (e.reason()) {
            case NOT_FOUND -> NLS.bind(Messages.Test_notFound, target);
            case NEEDS_CREDENTIALS -> Messages.Test_needsCredentials;
            case REFUSED -> Messages.Test_refused;
            case LOCKED -> NLS.bind(Messages.Test_locked, target);
            case IS_FILE -> NLS.bind(Messages.Error_folderIsFile, target);
            case SCHEMA_TOO_NEW -> Messages.Test_tooNew;
            default -> NLS.bind(Messages.Test_failed, e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage());
        };
    }

    @Override
    protected void performDefaults() {
        load(true);
        kindChanged();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (!validate()) {
            return false;
        }
        var node = CxPreferences.node();
        node.put(CxPreferences.STORE_KIND, network.getSelection() ? CxPreferences.NETWORK : CxPreferences.EMBEDDED);
        putOrRemove(CxPreferences.STORE_FOLDER, folder.getText().strip(), "");
        putOrRemove(CxPreferences.STORE_HOST, host.getText().strip(), CxPreferences.DEFAULT_HOST);
        putOrRemove(CxPreferences.STORE_PORT, port.getText().strip(), Integer.toString(CxPreferences.DEFAULT_PORT));
        putOrRemove(CxPreferences.STORE_DATABASE, database.getText().strip(), CxPreferences.DEFAULT_DATABASE);
        putOrRemove(CxPreferences.STORE_USER, user.getText().strip(), "");
        if (tls.getSelection()) {
            node.putBoolean(CxPreferences.STORE_TLS, true);
        } else {
            node.remove(CxPreferences.STORE_TLS);
        }
        node.putDouble(CxPreferences.CONFIDENCE_LEVEL, parseLevel(level.getText()));
        node.putLong(CxPreferences.LOW_N, parseLong(lowN.getText()));
        putOrRemove(CxPreferences.INTERVAL_METHOD,
                methodValues.keySet().toArray(String[]::new)[Math.max(0, method.getSelectionIndex())],
                ScoringOptions.DEFAULT_METHOD);
        putOrRemove(CxPreferences.REPORT_LANGUAGE, LANGUAGES[Math.max(0, language.getSelectionIndex())], "");
        node.put(CxPreferences.PERIOD_GRANULARITY, PERIODS[Math.max(0, period.getSelectionIndex())]);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            return fail(NLS.bind(Messages.Error_save, e.getMessage()), e);
        }
        if (passwordEdited) {
            try {
                CxPreferences.setStorePassword(password.getText());
                passwordEdited = false;
            } catch (StorageException e) {
                return fail(NLS.bind(Messages.Error_password, e.getMessage()), e);
            }
        }
        return true;
    }

    private boolean fail(String message, Exception cause) {
        setErrorMessage(message);
        ILog.of(getClass()).log(new Status(IStatus.ERROR, CxPreferences.NODE, message, cause));
        return false;
    }

    private static void putOrRemove(String key, String value, String defaultValue) {
        if (value.equals(defaultValue)) {
            CxPreferences.node().remove(key);
        } else {
            CxPreferences.node().put(key, value);
        }
    }

    @Override
    public void dispose() {
        if (runningTest != null) {
            runningTest.cancel();
        }
        super.dispose();
    }
}
