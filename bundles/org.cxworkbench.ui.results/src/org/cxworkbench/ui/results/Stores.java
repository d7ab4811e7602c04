package org.cxworkbench.ui.results;

import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreAccess;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.cxworkbench.ui.results.internal.Messages;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

/**
 * Opening the store of the preferences for reading. Jobs of the results views and the map overlay may read at the
 * same time: {@code EmbeddedDatabase} counts the users of an embedded store in this JVM and only the last close
 * shuts it down.
 */
public final class Stores {

    /**
     * Was the rule every job opening the store ran under, because one job's close shut the embedded database down
     * under another's connection. {@code EmbeddedDatabase} now counts its users, so the Scores view, the period bar
     * and the map overlay no longer use it; it stays only until the Comments and Follow-ups views (other bundles)
     * drop it, then it is deleted.
     *
     * @deprecated not needed: embedded stores are shut down by their last user only
     */
    @Deprecated(forRemoval = true)
    public static final ISchedulingRule RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private Stores() {
    }

    /** The store of {@link CxPreferences}, opened for reading (never created or migrated). */
    public static ResultsStore openForReading() throws StoreException {
        String password;
        try {
            password = CxPreferences.storePassword();
        } catch (StorageException e) {
            throw new StoreException(StoreException.Reason.NEEDS_CREDENTIALS, CxPreferences.storeLocation(),
                    NLS.bind(Messages.Store_password, e.getMessage()), e);
        }
        return ResultsStore.open(CxPreferences.storeLocation(), CxPreferences.storeUser(), password,
                StoreAccess.READ);
    }
}
