package org.cxworkbench.ui.followups.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Real mouse and keyboard events posted through {@link Display#post}, and waiting for what they cause. */
final class Ui {

    private Ui() {
    }

    static Display display() {
        return Display.getCurrent();
    }

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

    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        Display display = display();
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
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

    static void click(Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        settle(50);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event button = new Event();
            button.type = type;
            button.button = 1;
            post(button);
        }
        settle(150);
    }

    /** A click in the middle of {@code bounds}, given in {@code control}'s coordinates. */
    static void click(Control control, Rectangle bounds) {
        click(control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
    }

    static void click(Control control) {
        Point size = control.getSize();
        click(control.toDisplay(size.x / 2, size.y / 2));
    }

    /** Ctrl (Mod1) with a letter. */
    static void ctrl(char letter) {
        Event ctrlDown = new Event();
        ctrlDown.type = SWT.KeyDown;
        ctrlDown.keyCode = SWT.CTRL;
        post(ctrlDown);
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event key = new Event();
            key.type = type;
            key.character = letter;
            key.keyCode = letter;
            post(key);
        }
        Event ctrlUp = new Event();
        ctrlUp.type = SWT.KeyUp;
        ctrlUp.keyCode = SWT.CTRL;
        post(ctrlUp);
        settle(200);
    }

    /** Types {@code text} into the focus control, one key press per character. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                Event key = new Event();
                key.type = type;
                key.character = c;
                post(key);
            }
            settle(20);
        }
        settle(100);
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
