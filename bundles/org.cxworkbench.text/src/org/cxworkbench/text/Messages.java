package org.cxworkbench.text;

import org.eclipse.osgi.util.NLS;

/** Why a sentiment lexicon is refused, in English, Finnish and Swedish ({@code messages*.properties}). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.text.messages";

    public static String Lexicon_badLine;
    public static String Lexicon_badScore;
    public static String Lexicon_badNegator;
    public static String Lexicon_unsupportedLanguage;
    public static String Lexicon_noFile;
    public static String Lexicon_missingFile;
    public static String Lexicon_leftOut;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
