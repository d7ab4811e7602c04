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
 * Opening the store of the preferences for reading, one job at a time: the results views and the map overlay run
 * their store jobs under {@link #RULE}.
 */
public final class Stores {

    /**
     * The rule every job that opens the store of the preferences runs under (the Scores view, the period bar, the
     * map overlay): closing an embedded store shuts its database down, which would break another job's open
     * connection in the same process.
     */
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
