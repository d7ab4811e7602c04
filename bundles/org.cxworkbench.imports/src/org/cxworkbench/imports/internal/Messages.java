package org.cxworkbench.imports.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Why a file or a row cannot be read, in English, Finnish and Swedish ({@code messages*.properties}): these reasons
 * reach the user as they are, in {@code cxw}'s error line or in a rejected row.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.cxworkbench.imports.internal.messages";

    public static String Row_tooManyCells;
    public static String Row_nul;
    public static String File_binary;
    public static String File_oldExcel;
    public static String File_pdf;
    public static String File_notInEncoding;
    public static String Xlsx_damaged;
    public static String Xlsx_zipBomb;
    public static String Xlsx_unreadable;
    public static String Text_cut;
    public static String Text_more;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
