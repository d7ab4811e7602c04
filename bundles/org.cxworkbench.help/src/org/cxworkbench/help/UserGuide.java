package org.cxworkbench.help;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The CX Workbench user guide: its pages live in this bundle ({@code html/}, translated ones in {@code nl/fi/html/}
 * and {@code nl/sv/html/}), its table of contents is {@code toc.xml} (registered with {@code org.eclipse.help.toc})
 * and its context help files name the pages F1 shows. A help {@code href} is {@code /<bundle>/<path>[#anchor]}, as
 * the help system gives it.
 */
public final class UserGuide {

    /** This bundle's id. */
    public static final String PLUGIN_ID = "org.cxworkbench.help";
    /** The id of the User Guide view. */
    public static final String VIEW_ID = "org.cxworkbench.help.guide";
    /** The guide's first page. */
    public static final String HOME = "/" + PLUGIN_ID + "/html/index.html";

    private UserGuide() {
    }

    /**
     * The page {@code href} names as a {@code file:} URL a browser can show (with the pages beside it, so that links
     * and the style sheet work), in the workbench's language where the page is translated; {@code null} when no
     * installed bundle has it.
     */
    public static URL resolve(String href) throws IOException {
        String path = href;
        String anchor = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            anchor = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        Bundle bundle = Platform.getBundle(path.substring(0, slash));
        if (bundle == null) {
            return null;
        }
        IPath page = IPath.fromPortableString(path.substring(slash + 1));
        URL entry = localized(bundle, page);
        if (entry == null) {
            return null;
        }
        // extract the page's whole folder, so that its neighbours (pages, style sheet, images) are there too
        String entryPath = entry.getPath();
        String folder = entryPath.substring(0, entryPath.lastIndexOf('/') + 1);
        URL folderUrl = FileLocator.toFileURL(bundle.getEntry(folder));
        URL file = new URL(folderUrl, entryPath.substring(folder.length()));
        return anchor == null ? file : new URL(file, file.getPath() + '#' + anchor);
    }

    /** The page in {@code nl/<language>/} for the workbench's language when there is one, else the page itself. */
    private static URL localized(Bundle bundle, IPath page) {
        String nl = Platform.getNL();
        if (nl != null) {
            String language = nl.split("[_-]")[0];
            URL translated = bundle.getEntry("nl/" + language + '/' + page.toPortableString());
            if (translated != null) {
                return translated;
            }
        }
        return bundle.getEntry(page.toPortableString());
    }
}
