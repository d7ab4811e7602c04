package org.cxworkbench.store.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Why an import rejects a row or a mapping, and how it matched a file's columns, in English, Finnish and Swedish
 * ({@code messages*.properties}).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.store.internal.messages";

    public static String Import_respondentMissing;
    public static String Import_respondentTooLong;
    public static String Import_duplicateRespondent;
    public static String Import_timeMissing;
    public static String Import_noAnswer;
    public static String Import_unknownPoint;
    public static String Import_commentWithoutAnswer;
    public static String Import_personTooLong;
    public static String Import_commentTooLong;
    public static String Import_badSource;
    public static String Times_notATime;
    public static String Times_noSuchDate;
    public static String Times_ambiguous;
    public static String Mapping_pointByQuestion;
    public static String Mapping_pointByName;
    public static String Mapping_pointById;
    public static String Mapping_role;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
