package org.cxworkbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Waiting, finding widgets, real events and screenshots for the UI tests. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} pass; returns whether it held. */
    static boolean waitUntil(Display display, long millis, BooleanSupplier condition) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }

    /** Lets the window lay out and paint. */
    static void settle(Display display, long millis) {
        waitUntil(display, millis, () -> false);
    }

    /** Every control under {@code root} (depth first) that {@code test} accepts. */
    static <T extends Control> List<T> find(Composite root, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test,
            List<T> found) {
        if (type.isInstance(control) && test.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, test, found);
            }
        }
    }

    /** The one button under {@code root} whose text (mnemonic removed) is {@code text}. */
    static Button button(Composite root, String text) {
        List<Button> buttons = find(root, Button.class, b -> b.getText().replace("&", "").equals(text));
        if (buttons.size() != 1) {
            throw new AssertionError("expected one button '" + text + "', found " + buttons.size());
        }
        return buttons.get(0);
    }

    /**
     * Presses a push button, toggles a check box, or selects a radio button (and deselects its siblings), then sends
     * the Selection event a click sends.
     */
    static void click(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && other != button && (other.getStyle() & SWT.RADIO) != 0
                        && other.getSelection()) {
                    other.setSelection(false);
                    other.notifyListeners(SWT.Selection, new Event());
                }
            }
            button.setSelection(true);
        } else if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Replaces a text field's content by typing: focus, select all, then a key event per character. */
    static void type(Text text, String value) {
        Display display = text.getDisplay();
        text.setFocus();
        text.selectAll();
        settle(display, 50);
        if (value.isEmpty()) {
            postKey(display, SWT.BS, '\b');
        }
        for (char c : value.toCharArray()) {
            postKey(display, 0, c);
        }
        waitUntil(display, 3000, () -> text.getText().equals(value));
    }

    private static void postKey(Display display, int keyCode, char character) {
        boolean shift = Character.isUpperCase(character) || "!@#$%^&*()_+{}|:\"<>?~".indexOf(character) >= 0;
        if (shift) {
            post(display, SWT.KeyDown, SWT.SHIFT, '\0');
        }
        post(display, SWT.KeyDown, keyCode, character);
        post(display, SWT.KeyUp, keyCode, character);
        if (shift) {
            post(display, SWT.KeyUp, SWT.SHIFT, '\0');
        }
        settle(display, 5);
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            throw new AssertionError("Display.post refused a key event");
        }
    }

    /** The newest visible shell titled {@code title}, or null. */
    static Shell shell(Display display, String title) {
        Shell[] shells = display.getShells();
        for (int i = shells.length - 1; i >= 0; i--) {
            if (!shells[i].isDisposed() && shells[i].isVisible() && title.equals(shells[i].getText())) {
                return shells[i];
            }
        }
        return null;
    }

    static Path screenshot(Shell shell, String name) throws Exception {
        Path folder = Path.of(System.getProperty("cxw.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
