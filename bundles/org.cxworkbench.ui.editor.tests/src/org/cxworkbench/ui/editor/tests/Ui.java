package org.cxworkbench.ui.editor.tests;

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
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Real input for the tests: mouse and keyboard events posted to the X server through {@link Display#post}, as a
 * person's would be, and a way to wait for what they cause.
 */
final class Ui {

    private Ui() {
    }

    static Display display() {
        return Display.getCurrent();
    }

    /** Runs the event loop for {@code millis}. */
    static void settle(long millis) {
        Display display = display();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code millis}. */
    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        Display display = display();
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
                try {
                    screenshot(shell, "timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
                } catch (Exception e) {
                    // the screenshot only helps to see why; the timeout is the failure
                }
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private static void post(Event event) {
        if (!display().post(event)) {
            throw new AssertionError("Display.post refused an event of type " + event.type);
        }
    }

    static void mouseMove(Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        settle(50);
    }

    static void click(Point at) {
        mouseMove(at);
        button(SWT.MouseDown, 1);
        button(SWT.MouseUp, 1);
        settle(150);
    }

    static void doubleClick(Point at) {
        mouseMove(at);
        button(SWT.MouseDown, 1);
        settle(20);
        button(SWT.MouseUp, 1);
        settle(60);
        button(SWT.MouseDown, 1);
        settle(20);
        button(SWT.MouseUp, 1);
        settle(300);
    }

    private static void button(int type, int button) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        post(event);
    }

    /** The middle of a control, in display coordinates. */
    static Point centre(Control control) {
        Rectangle b = control.getBounds();
        return control.getParent().toDisplay(b.x + b.width / 2, b.y + b.height / 2);
    }

    /** A point inside a tree item's label, in display coordinates. */
    static Point centre(TreeItem item) {
        // GTK scrolls when idle: wait until the item stays where it is
        item.getParent().showItem(item);
        Rectangle b = item.getBounds();
        for (int i = 0; i < 20; i++) {
            settle(100);
            Rectangle now = item.getBounds();
            if (now.equals(b)) {
                break;
            }
            b = now;
        }
        return item.getParent().toDisplay(b.x + Math.min(b.width / 2, 30), b.y + b.height / 2);
    }

    static void click(Control control) {
        click(centre(control));
    }

    /** Clicks into a field and waits until it has the keyboard. */
    static void focus(Control control) {
        click(centre(control));
        waitUntil("the keyboard focus in " + control, 3000, control::isFocusControl);
    }

    static void key(int keyCode, char character) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = character;
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = character;
        post(up);
    }

    /** Ctrl plus a letter, e.g. {@code ctrl('z')}. */
    static void ctrl(char letter) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = SWT.CTRL;
        post(down);
        key(letter, letter);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = SWT.CTRL;
        post(up);
        settle(200);
    }

    /** Types lower-case letters, digits and spaces. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            key(c, c);
        }
        settle(150);
    }

    static void enter() {
        key(SWT.CR, '\r');
        settle(200);
    }

    static void backspace() {
        key(SWT.BS, '\b');
        settle(100);
    }

    /** Every control under {@code root} that matches. */
    static List<Control> find(Control root, Predicate<Control> match) {
        List<Control> found = new ArrayList<>();
        collect(root, match, found);
        return found;
    }

    private static void collect(Control control, Predicate<Control> match, List<Control> found) {
        if (control.isDisposed()) {
            return;
        }
        if (match.test(control)) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, match, found);
            }
        }
    }

    static TreeItem item(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (item.getText().equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no tree item '" + text + "' among " + List.of(items).stream()
                .map(TreeItem::getText).toList());
    }

    static TreeItem itemStartingWith(TreeItem[] items, String prefix) {
        for (TreeItem item : items) {
            if (item.getText().startsWith(prefix)) {
                return item;
            }
        }
        throw new AssertionError("no tree item starting with '" + prefix + "' among " + List.of(items).stream()
                .map(TreeItem::getText).toList());
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
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
