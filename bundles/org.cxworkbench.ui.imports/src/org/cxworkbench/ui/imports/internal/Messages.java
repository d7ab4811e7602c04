package org.cxworkbench.ui.imports.internal;

import org.eclipse.osgi.util.NLS;

/** The import wizard's texts; translations beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.imports.internal.messages"; //$NON-NLS-1$

    public static String File_all;
    public static String File_browse;
    public static String File_cannotList;
    public static String File_cannotRead;
    public static String File_description;
    public static String File_exports;
    public static String File_file;
    public static String File_hint;
    public static String File_journey;
    public static String File_noFile;
    public static String File_noJourney;
    public static String File_noJourneys;
    public static String File_title;
    public static String Format_bar;
    public static String Format_comma;
    public static String Format_dateOrder;
    public static String Format_dateUnknown;
    public static String Format_dayFirst;
    public static String Format_decimal;
    public static String Format_decimalComma;
    public static String Format_decimalPoint;
    public static String Format_description;
    public static String Format_detected;
    public static String Format_dialect;
    public static String Format_encoding;
    public static String Format_journeyFailed;
    public static String Format_monthFirst;
    public static String Format_notText;
    public static String Format_readFailed;
    public static String Format_semicolon;
    public static String Format_separator;
    public static String Format_summary;
    public static String Format_tab;
    public static String Format_title;
    public static String Format_workbook;
    public static String Import_again;
    public static String Import_alreadyImported;
    public static String Import_cancel;
    public static String Import_cancelled;
    public static String Import_cancelling;
    public static String Import_description;
    public static String Import_done;
    public static String Import_failed;
    public static String Import_job;
    public static String Import_next;
    public static String Import_noPassword;
    public static String Import_rejectedFileFailed;
    public static String Import_starting;
    public static String Import_store;
    public static String Import_title;
    public static String Mapping_answers;
    public static String Mapping_automatic;
    public static String Mapping_column;
    public static String Mapping_comments;
    public static String Mapping_description;
    public static String Mapping_field;
    public static String Mapping_load;
    public static String Mapping_loadFailed;
    public static String Mapping_loaded;
    public static String Mapping_missingColumns;
    public static String Mapping_noAnswers;
    public static String Mapping_none;
    public static String Mapping_save;
    public static String Mapping_saveFailed;
    public static String Mapping_saved;
    public static String Mapping_summary;
    public static String Mapping_title;
    public static String Mapping_tooltip;
    public static String Role_account;
    public static String Role_channel;
    public static String Role_contact;
    public static String Role_language;
    public static String Role_person;
    public static String Role_respondent;
    public static String Role_segment;
    public static String Role_time;
    public static String Role_weight;
    public static String Summary_allStored;
    public static String Summary_alreadyImported;
    public static String Summary_column;
    public static String Summary_counts;
    public static String Summary_description;
    public static String Summary_inStoreOnly;
    public static String Summary_noRejected;
    public static String Summary_rejectedFile;
    public static String Summary_someRejected;
    public static String Summary_title;
    public static String Summary_value;
    public static String Table_line;
    public static String Validation_again;
    public static String Validation_allGood;
    public static String Validation_allRejected;
    public static String Validation_cancelled;
    public static String Validation_counts;
    public static String Validation_description;
    public static String Validation_empty;
    public static String Validation_failed;
    public static String Validation_reason;
    public static String Validation_row;
    public static String Validation_running;
    public static String Validation_someBad;
    public static String Validation_task;
    public static String Validation_title;
    public static String Validation_truncated;
    public static String Wizard_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
