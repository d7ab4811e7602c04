package org.cxworkbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's texts; translations sit beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.cli.internal.messages"; //$NON-NLS-1$

    public static String Cxw_usage;
    public static String Cxw_about;
    public static String Cxw_commands;
    public static String Cxw_helpSummary;
    public static String Cxw_globalOptions;
    public static String Cxw_options;
    public static String Cxw_exitCodes;
    public static String Cxw_javaRuntime;
    public static String Cxw_unknownCommand;
    public static String Cxw_unknownOption;
    public static String Cxw_internalError;
    public static String Validate_summary;
    public static String Validate_help;
    public static String Validate_noFile;
    public static String Validate_oneFile;
    public static String Validate_formatMissing;
    public static String Validate_unknownFormat;
    public static String Validate_unknownOption;
    public static String Validate_migrated;
    public static String Validate_result;
    public static String Metrics_unknownOption;
    public static String Metrics_missingValue;
    public static String Metrics_repeatedOption;
    public static String Metrics_missingOption;
    public static String Metrics_noColumn;
    public static String Metrics_badCell;
    public static String Metrics_badRow;
    public static String Metrics_unreadable;
    public static String Metrics_badFormat;
    public static String Metrics_unknownMetric;
    public static String Metrics_badNumber;
    public static String Metrics_badParam;
    public static String Metrics_badSeparator;
    public static String Metrics_badEncoding;
    public static String Metrics_badDialect;
    public static String Metrics_badDateFormat;
    public static String Metrics_badLevel;
    public static String Metrics_badCriterion;
    public static String Metrics_criterionMetric;
    public static String Score_summary;
    public static String Score_help;
    public static String Score_journeyHelp;
    public static String Score_fileOnly;
    public static String Score_storeOnly;
    public static String Score_badBy;
    public static String Score_badDate;
    public static String Score_noDatabase;
    public static String Score_databaseFailed;
    public static String Score_noAnswers;
    public static String Score_none;
    public static String Generate_summary;
    public static String Generate_help;
    public static String Generate_badCount;
    public static String Generate_badMonth;
    public static String Generate_cannotWrite;
    public static String Generate_written;
    public static String Compare_summary;
    public static String Compare_help;
    public static String Compare_oneGroup;
    public static String Compare_what;
    public static String Compare_impossible;
    public static String Report_summary;
    public static String Report_help;
    public static String Report_unknownArgument;
    public static String Report_missingValue;
    public static String Report_badLanguage;
    public static String Report_badChoice;
    public static String Report_noName;
    public static String Report_unknownReport;
    public static String Report_missingOption;
    public static String Report_badRange;
    public static String Report_noFolder;
    public static String Report_rendering;
    public static String Report_databaseFailed;
    public static String Report_done;
    public static String Report_badDate;
    public static String Import_listAlone;
    public static String Import_formatOnlyWithList;
    public static String Import_noDatabase;
    public static String Import_listFailed;
    public static String Server_help;
    public static String Import_help;
    public static String Server_summary;
    public static String Server_why;
    public static String Server_noAction;
    public static String Server_unknownAction;
    public static String Server_unknownOption;
    public static String Server_badPort;
    public static String Server_noPassword;
    public static String Server_badUsers;
    public static String Server_unknownHost;
    public static String Server_notLoopback;
    public static String Server_running;
    public static String Server_stopped;
    public static String Server_stoppedThere;
    public static String Server_noAnswer;
    public static String Server_statusRunning;
    public static String Server_interrupted;
    public static String Server_failed;
    public static String Store_missingValue;
    public static String Import_summary;
    public static String Import_unknownOption;
    public static String Import_oneFile;
    public static String Import_noFile;
    public static String Import_noJourney;
    public static String Import_unknownDialect;
    public static String Import_fileOptionsHelp;
    public static String Import_cannotRead;
    public static String Import_cannotReadBecause;
    public static String Import_mappingWritten;
    public static String Import_progress;
    public static String Import_storing;
    public static String Import_written;
    public static String Import_problem;
    public static String Import_databaseFailed;
    public static String Import_skipped;
    public static String Import_rejected;
    public static String Import_rejectedColumn;
    public static String Import_moreRejections;
    public static String Import_summaryLine;
    public static String Import_alreadyStored;
    public static String Import_empty;
    public static String Import_allRejected;
    public static String Import_mappingColumns;
    public static String Import_noMatch;
    public static String Import_matched;
    public static String Import_notImported;
    public static String Store_needsUser;
    public static String Store_refused;
    public static String Store_badUrl;
    public static String Store_cannotOpen;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
