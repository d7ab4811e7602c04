package org.cxworkbench.core.internal.journey;

import org.eclipse.osgi.util.NLS;

/**
 * The validator's problem texts and the journey loader's own, in English, Finnish and Swedish
 * ({@code messages*.properties}).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.core.internal.journey.messages";

    public static String Command_addStage;
    public static String Command_addChannel;
    public static String Command_addSegment;
    public static String Command_addTouchpoint;
    public static String Command_moveTouchpoint;
    public static String Command_connect;
    public static String Command_attachMeasurementPoint;
    public static String Command_setQuestion;
    public static String Command_rename;
    public static String Command_delete;
    public static String Validator_duplicateStage;
    public static String Validator_duplicateChannel;
    public static String Validator_duplicateSegment;
    public static String Validator_duplicateAccount;
    public static String Validator_duplicateTouchpoint;
    public static String Validator_duplicateGroup;
    public static String Validator_momentOfTruthUnmeasured;
    public static String Validator_segmentNeverAsked;
    public static String Validator_touchpointWithoutStage;
    public static String Validator_touchpointOutside;
    public static String Validator_shareOutOfRange;
    public static String Validator_pathStartsNowhere;
    public static String Validator_pathEndsNowhere;
    public static String Validator_pathStartsOutside;
    public static String Validator_pathEndsOutside;
    public static String Validator_pathLabelled;
    public static String Validator_path;
    public static String Validator_pointNotAttached;
    public static String Validator_pointOutside;
    public static String Validator_pointNoMetric;
    public static String Validator_pointUnknownMetric;
    public static String Validator_scaleMinNotBelowMax;
    public static String Validator_scaleLabelOutside;
    public static String Validator_scaleNotAccepted;
    public static String Validator_withinHoursMissing;
    public static String Validator_periodInvalid;
    public static String Validator_minimumSampleSize;
    public static String Validator_segmentOutside;
    public static String Files_doctype;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
