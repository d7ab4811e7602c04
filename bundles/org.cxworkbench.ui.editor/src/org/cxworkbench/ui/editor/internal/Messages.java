package org.cxworkbench.ui.editor.internal;

import org.eclipse.osgi.util.NLS;

/** The journey editor's texts; translations beside messages.properties (fi, sv). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.ui.editor.internal.messages"; //$NON-NLS-1$

    public static String Action_newMeasurementPoint;
    public static String Action_revert;
    public static String Action_selectAll;
    public static String Command_delete;
    public static String Command_set;
    public static String Details_invalidValue;
    public static String Details_noValue;
    public static String Details_none;
    public static String Editor_noJourney;
    public static String Editor_notAFile;
    public static String Editor_saveFailed;
    public static String Editor_saveFailedTitle;
    public static String Editor_saveRefused;
    public static String Folder_accounts;
    public static String Folder_channels;
    public static String Folder_count;
    public static String Folder_measurementPoints;
    public static String Folder_paths;
    public static String Folder_segments;
    public static String Folder_stages;
    public static String Folder_unstaged;
    public static String Menu_journey;
    public static String Page_mapUnavailable;
    public static String Map_arrangeAll;
    public static String Map_zoomFit;
    public static String Map_zoomIn;
    public static String Map_zoomOut;
    public static String Map_zoomReset;
    public static String Map_filters;
    public static String Map_showPoints;
    public static String Map_showIndirect;
    public static String Map_showBackward;
    public static String Map_showChannel;
    public static String Map_showAll;
    public static String Map_export;
    public static String Export_title;
    public static String Export_pageTitle;
    public static String Export_pageDescription;
    public static String Export_journey;
    public static String Export_destination;
    public static String Export_browse;
    public static String Export_format;
    public static String Export_scale;
    public static String Export_show;
    public static String Export_noJourney;
    public static String Export_noDestination;
    public static String Export_noFolder;
    public static String Export_unreadable;
    public static String Map_exportMenu;
    public static String Map_exportTitle;
    public static String Map_exportPng;
    public static String Map_exportSvg;
    public static String Map_exportJob;
    public static String Map_exportFailed;
    public static String Page_map;
    public static String Page_structure;
    public static String Path_label;
    public static String Point_cannotAttach;
    public static String Point_goodEnd;
    public static String Point_goodHigh;
    public static String Point_goodLow;
    public static String Point_languageEn;
    public static String Point_languageFi;
    public static String Point_languageSv;
    public static String Point_message;
    public static String Point_metric;
    public static String Point_metricItem;
    public static String Point_noMetrics;
    public static String Point_question;
    public static String Point_scale;
    public static String Point_scaleAsked;
    public static String Point_scaleOrder;
    public static String Point_target;
    public static String Point_targetJourney;
    public static String Point_targetStage;
    public static String Point_targetTouchpoint;
    public static String Point_title;
    public static String Structure_details;
    public static String Structure_elements;
    public static String Validation_job;
    public static String Wizard_blank;
    public static String Wizard_defaultName;
    public static String Wizard_pageDescription;
    public static String Wizard_pageTitle;
    public static String Wizard_retail;
    public static String Wizard_service;
    public static String Wizard_template;
    public static String Wizard_title;

    public static String Scores_toggle;
    public static String Scores_toggleTip;
    public static String Scores_curve;
    public static String Scores_allMetrics;
    public static String Scores_computing;
    public static String Scores_job;
    public static String Scores_shown;
    public static String Scores_allRespondents;
    public static String Scores_noAnswers;
    public static String Scores_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
