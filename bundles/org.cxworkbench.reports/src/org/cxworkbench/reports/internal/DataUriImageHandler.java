package org.cxworkbench.reports.internal;

import java.util.Base64;
import java.util.Locale;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;

/**
 * Embeds every image of an HTML report (charts, embedded and file images) as a {@code data:} URI, so that the HTML
 * written to one stream is complete: it can be mailed, saved or shown in a browser widget without a folder of image
 * files beside it and without temporary files that nobody cleans up (BIRT's default handler writes those).
 */
public final class DataUriImageHandler extends HTMLImageHandler {

    @Override
    public String onDesignImage(IImage image, Object context) {
        return dataUri(image);
    }

    @Override
    public String onDocImage(IImage image, Object context) {
        return dataUri(image);
    }

    @Override
    public String onCustomImage(IImage image, Object context) {
        return dataUri(image);
    }

    @Override
    public String onFileImage(IImage image, Object context) {
        return dataUri(image);
    }

    @Override
    public String onURLImage(IImage image, Object context) {
        return image.getID(); // an image on the web stays a link; the report cannot own it
    }

    private static String dataUri(IImage image) {
        byte[] data = image.getImageData();
        if (data == null) {
            return null; // BIRT then leaves the image out, as it does for an unreadable file
        }
        return "data:" + mimeType(image) + ";base64," + Base64.getEncoder().encodeToString(data);
    }

    private static String mimeType(IImage image) {
        String mimeType = image.getMimeType();
        if (mimeType != null && !mimeType.isBlank()) {
            return mimeType;
        }
        String extension = image.getExtension() == null ? "" : image.getExtension().toLowerCase(Locale.ROOT);
        return switch (extension) {
            case ".svg", "svg" -> "image/svg+xml";
            case ".jpg", "jpg", ".jpeg", "jpeg" -> "image/jpeg";
            case ".gif", "gif" -> "image/gif";
            default -> "image/png";
        };
    }
}
