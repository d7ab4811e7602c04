package org.cxworkbench.ui.preferences;

import java.nio.file.Path;
import java.util.Locale;

import org.cxworkbench.metrics.ScoringOptions;
import org.cxworkbench.services.store.StoreLocation;
import org.cxworkbench.store.ClientConnections;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.NetworkServer;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The workbench's settings, read by every view, the import and the reports: where the results store is, how scores
 * are computed and shown, and the report language. Plain settings live in the instance scope of
 * {@value #NODE}; the store password only in Eclipse secure storage (node {@value #SECURE_NODE}), never in plain
 * preferences. Listeners registered with {@link #addListener} hear every change of a plain setting.
 */
public final class CxPreferences {

    /** The instance-scope preference node. */
    public static final String NODE = "org.cxworkbench.ui";
    /** The secure-storage node of the store's password. */
    public static final String SECURE_NODE = "/org.cxworkbench/store";
    /** The key of the password in {@link #SECURE_NODE}. */
    public static final String SECURE_PASSWORD = "password";

    /** {@value #EMBEDDED} or {@value #NETWORK}. */
    public static final String STORE_KIND = "store.kind";
    public static final String EMBEDDED = "embedded";
    public static final String NETWORK = "network";
    /** The embedded store's folder; empty for {@code cxw-results} in the workspace folder. */
    public static final String STORE_FOLDER = "store.folder";
    public static final String STORE_HOST = "store.host";
    public static final String STORE_PORT = "store.port";
    /** The database name on the network server. */
    public static final String STORE_DATABASE = "store.database";
    public static final String STORE_USER = "store.user";
    /** {@code true} when the network server runs with TLS ({@code cxw server start --tls}): the client then speaks
     *  TLS only ({@code ;ssl=basic}) and refuses a server without it. */
    public static final String STORE_TLS = "store.tls";
    /** Confidence level of intervals, a fraction such as 0.95. */
    public static final String CONFIDENCE_LEVEL = "scores.level";
    /** Interval method: {@value ScoringOptions#DEFAULT_METHOD} or a method a metric names (wald, wilson, ...). */
    public static final String INTERVAL_METHOD = "scores.method";
    /** Below this n a score is flagged (and greyed on the map). */
    public static final String LOW_N = "scores.lowN";
    /** Language tag of reports (en, fi, sv); empty for the workbench's own language. */
    public static final String REPORT_LANGUAGE = "reports.language";
    /** {@code month} or {@code quarter}: the period the Scores view and the map overlay start with. */
    public static final String PERIOD_GRANULARITY = "scores.period";

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 1527;
    /** The database {@code cxw server start} serves unless told otherwise. */
    public static final String DEFAULT_DATABASE = NetworkServer.DEFAULT_DATABASE;
    public static final double DEFAULT_LEVEL = 0.95;

    private CxPreferences() {
    }

    /** The plain settings' node. */
    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static void addListener(IPreferenceChangeListener listener) {
        node().addPreferenceChangeListener(listener);
    }

    public static void removeListener(IPreferenceChangeListener listener) {
        node().removePreferenceChangeListener(listener);
    }

    private static String get(String key, String defaultValue) {
        return Platform.getPreferencesService().getString(NODE, key, defaultValue, null);
    }

    public static boolean isNetwork() {
        return NETWORK.equals(get(STORE_KIND, EMBEDDED));
    }

    /** The embedded store's folder: the one set, else {@code cxw-results} in the workspace folder. */
    public static Path storeFolder() {
        String folder = get(STORE_FOLDER, "");
        if (!folder.isBlank()) {
            return Path.of(folder);
        }
        return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(StoreLocation.DEFAULT_FOLDER);
    }

    /** Where the store is: {@link #storeFolder()}, or {@code jdbc:derby://host:port/database} (with {@code ;ssl=basic} over TLS) for a network one. */
    public static StoreLocation storeLocation() {
        if (isNetwork()) {
            return new StoreLocation("jdbc:derby://" + get(STORE_HOST, DEFAULT_HOST) + ':'
                    + get(STORE_PORT, Integer.toString(DEFAULT_PORT)) + '/' + get(STORE_DATABASE, DEFAULT_DATABASE)
                    + (storeTls() ? ClientConnections.TLS_ATTRIBUTE : ""));
        }
        return StoreLocation.folder(storeFolder());
    }

    /** Whether the network store is reached over TLS. */
    public static boolean storeTls() {
        return Platform.getPreferencesService().getBoolean(NODE, STORE_TLS, false, null);
    }

    /** The network store's user, or {@code null} (also for an embedded store). */
    public static String storeUser() {
        String user = get(STORE_USER, "");
        return isNetwork() && !user.isBlank() ? user : null;
    }

    /** The network store's password from secure storage, or {@code null} when none is kept. */
    public static String storePassword() throws StorageException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root == null || !root.nodeExists(SECURE_NODE)) {
            return null;
        }
        return root.node(SECURE_NODE).get(SECURE_PASSWORD, null);
    }

    /** Keeps {@code password} in secure storage (encrypted), or removes it when null or empty. */
    public static void setStorePassword(String password) throws StorageException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root == null) {
            throw new StorageException(StorageException.NO_SECURE_MODULE, "no secure storage");
        }
        ISecurePreferences node = root.node(SECURE_NODE);
        if (password == null || password.isEmpty()) {
            node.remove(SECURE_PASSWORD);
        } else {
            node.put(SECURE_PASSWORD, password, true);
        }
        try {
            node.flush();
        } catch (java.io.IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }

    /** Level, interval method and low-n threshold as the scoring takes them. */
    public static ScoringOptions scoringOptions() {
        ScoringOptions options = ScoringOptions.defaults();
        double level = Platform.getPreferencesService().getDouble(NODE, CONFIDENCE_LEVEL, DEFAULT_LEVEL, null);
        long lowN = Platform.getPreferencesService().getLong(NODE, LOW_N, ScoringOptions.DEFAULT_MINIMUM_N, null);
        return options.withLevel(level).withMinimumN(lowN)
                .withMethod(get(INTERVAL_METHOD, ScoringOptions.DEFAULT_METHOD));
    }

    /** The language of reports: the one set, else the workbench's. */
    public static Locale reportLocale() {
        String tag = get(REPORT_LANGUAGE, "");
        return tag.isBlank() ? Locale.forLanguageTag(Platform.getNL().replace('_', '-')) : Locale.forLanguageTag(tag);
    }

    /** {@link Dimension#MONTH} or {@link Dimension#QUARTER}. */
    public static Dimension periodGranularity() {
        return "quarter".equals(get(PERIOD_GRANULARITY, "month")) ? Dimension.QUARTER : Dimension.MONTH;
    }
}
