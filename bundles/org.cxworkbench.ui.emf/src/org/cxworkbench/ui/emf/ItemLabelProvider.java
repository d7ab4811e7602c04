package org.cxworkbench.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;

/**
 * A JFace label provider over EMF item providers: text and image from {@link IItemLabelProvider}, colours and fonts
 * from {@link IItemColorProvider} and {@link IItemFontProvider} where an item provider offers them. Images are held by
 * an {@link EmfImages} that this provider disposes. Label changes reach the viewer through its
 * {@link ItemContentProvider} (one refresh per change, not two).
 */
public class ItemLabelProvider extends LabelProvider implements IColorProvider, IFontProvider {

    protected final AdapterFactory adapterFactory;
    private final EmfImages images = new EmfImages();

    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
            return provider.getText(element);
        }
        return element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
            return images.get(provider.getImage(element));
        }
        return null;
    }

    @Override
    public Color getForeground(Object element) {
        if (adapterFactory.adapt(element, IItemColorProvider.class) instanceof IItemColorProvider provider) {
            return color(provider.getForeground(element));
        }
        return null;
    }

    @Override
    public Color getBackground(Object element) {
        if (adapterFactory.adapt(element, IItemColorProvider.class) instanceof IItemColorProvider provider) {
            return color(provider.getBackground(element));
        }
        return null;
    }

    @Override
    public Font getFont(Object element) {
        return null; // none of our item providers sets a font; the viewer's own font is right
    }

    private static Color color(Object value) {
        if (value instanceof Color c) {
            return c;
        }
        if (value instanceof RGB rgb) {
            return new Color(rgb); // no operating-system handle to dispose since SWT 3.115
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
