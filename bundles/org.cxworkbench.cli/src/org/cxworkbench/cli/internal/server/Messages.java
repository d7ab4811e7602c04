package org.cxworkbench.cli.internal.server;

import org.eclipse.osgi.util.NLS;

/** The texts of {@code cxw server} and {@code cxw store}; translations beside messages.properties (fi, sv). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.server.messages"; //$NON-NLS-1$

    public static String Server_summary;
    public static String Server_help;
    public static String Server_noAction;
    public static String Server_unknownAction;
    public static String Server_noUserAction;
    public static String Server_unknownUserAction;
    public static String Server_unknownOption;
    public static String Server_missingValue;
    public static String Server_badPort;
    public static String Server_noPassword;
    public static String Server_usersVariable;
    public static String Server_badUsers;
    public static String Server_unknownHost;
    public static String Server_notLoopback;
    public static String Server_remoteWithoutTls;
    public static String Server_noKeystorePassword;
    public static String Server_tlsFailed;
    public static String Server_running;
    public static String Server_tlsRunning;
    public static String Server_tlsGenerated;
    public static String Server_plainRunning;
    public static String Server_stopped;
    public static String Server_stoppedThere;
    public static String Server_noAnswer;
    public static String Server_statusRunning;
    public static String Server_interrupted;
    public static String Server_failed;
    public static String Server_portInUse;
    public static String Server_refused;
    public static String Server_notAdmin;
    public static String Server_adminRefused;
    public static String Server_why;
    public static String Server_badName;
    public static String Server_noRole;
    public static String Server_badRole;
    public static String Server_noName;
    public static String Server_promptPassword;
    public static String Server_promptAgain;
    public static String Server_passwordsDiffer;
    public static String Server_noNewPassword;
    public static String Server_userAdded;
    public static String Server_userExists;
    public static String Server_userRemoved;
    public static String Server_userPassword;
    public static String Server_noSuchUser;
    public static String Server_cannotRemoveOwner;
    public static String Server_userHeader;
    public static String Server_migrateRunning;
    public static String Server_migrateNoDatabase;
    public static String Server_migrateOwner;
    public static String Server_migrated;
    public static String Server_migratedAlready;
    public static String Store_summary;
    public static String Store_help;
    public static String Store_noAction;
    public static String Store_unknownAction;
    public static String Store_unknownOption;
    public static String Store_missingOption;
    public static String Store_backedUp;
    public static String Store_backupFailed;
    public static String Store_restored;
    public static String Store_restoreFailed;
    public static String Store_checkOk;
    public static String Store_checkProblem;
    public static String Store_checkFailed;
    public static String Store_checkCannot;
    public static String Store_cancelled;
    public static String Store_notOwner;
    public static String Store_needsUser;
    public static String Store_refused;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
