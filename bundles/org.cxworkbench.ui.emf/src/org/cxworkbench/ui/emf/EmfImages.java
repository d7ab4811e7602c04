package org.cxworkbench.ui.emf;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the image objects item providers return ({@link URL}s, {@link ComposedImage}s, image descriptors) into SWT
 * images. The images belong to a {@link ResourceManager}: one per owner, disposed with it, so a closed editor frees
 * its images and two editors never dispose each other's.
 */
public final class EmfImages {

    private final ResourceManager resources;

    /** Images that live as long as {@code owner}. */
    public EmfImages(Control owner) {
        this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** Images that live until {@link #dispose()}. */
    public EmfImages() {
        this.resources = new LocalResourceManager(JFaceResources.getResources());
    }

    /** The SWT image of an item provider's image object, or null for none or an unknown kind of object. */
    public Image get(Object image) {
        ImageDescriptor descriptor = descriptor(image);
        return descriptor == null ? null : resources.create(descriptor);
    }

    /** An image descriptor for an item provider's image object, or null. */
    public static ImageDescriptor descriptor(Object image) {
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (image instanceof Image swt) {
            return ImageDescriptor.createFromImage(swt);
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed) {
            List<ImageDescriptor> parts = new ArrayList<>();
            for (Object part : composed.getImages()) {
                ImageDescriptor d = descriptor(part);
                if (d != null) {
                    parts.add(d);
                }
            }
            return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new Composed(composed, parts);
        }
        return null;
    }

    public void dispose() {
        resources.dispose();
    }

    /** A composed image (e.g. an icon with an overlay) drawn where the composed image puts its parts. */
    private static final class Composed extends org.eclipse.jface.resource.CompositeImageDescriptor {

        private final ComposedImage composed;
        private final List<ImageDescriptor> parts;

        Composed(ComposedImage composed, List<ImageDescriptor> parts) {
            this.composed = composed;
            this.parts = parts;
        }

        private List<ImageData> data() {
            List<ImageData> data = new ArrayList<>();
            for (ImageDescriptor part : parts) {
                ImageData d = part.getImageData(100);
                if (d != null) {
                    data.add(d);
                }
            }
            return data;
        }

        private List<ComposedImage.Size> sizes(List<ImageData> data) {
            List<ComposedImage.Size> sizes = new ArrayList<>();
            for (ImageData d : data) {
                ComposedImage.Size size = new ComposedImage.Size();
                size.width = d.width;
                size.height = d.height;
                sizes.add(size);
            }
            return sizes;
        }

        @Override
        protected void drawCompositeImage(int width, int height) {
            List<ImageData> data = data();
            List<ComposedImage.Point> points = composed.getDrawPoints(composed.getSize(sizes(data)));
            for (int i = 0; i < data.size(); i++) {
                ComposedImage.Point at = i < points.size() ? points.get(i) : new ComposedImage.Point();
                int index = i;
                drawImage(zoom -> zoom == 100 ? data.get(index) : parts.get(index).getImageData(zoom), at.x,
                        at.y);
            }
        }

        @Override
        protected Point getSize() {
            ComposedImage.Size size = composed.getSize(sizes(data()));
            return new Point(Math.max(1, size.width), Math.max(1, size.height));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Composed that && that.parts.equals(parts);
        }

        @Override
        public int hashCode() {
            return Objects.hash(parts);
        }
    }
}
