package org.cxworkbench.ui.drivers.tests;

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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Real mouse and keyboard events through {@link Display#post}, and waiting for what they cause. */
final class Ui {

    private Ui() {
    }

    static void settle(long millis) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
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
        if (!Display.getCurrent().post(event)) {
            throw new AssertionError("Display.post refused an event of type " + event.type);
        }
    }

    private static void move(Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        settle(60);
    }

    /** A left click at {@code at} (display coordinates); {@code times} 2 for a double click. */
    static void click(Point at, int times) {
        move(at);
        for (int i = 1; i <= times; i++) {
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
                Event button = new Event();
                button.type = type;
                button.button = 1;
                button.count = i;
                post(button);
            }
        }
        settle(200);
    }

    static void click(Point at) {
        click(at, 1);
    }

    /** A key press of {@code keyCode} (e.g. {@link SWT#ARROW_RIGHT}) to the focus control. */
    static void key(int keyCode) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event key = new Event();
            key.type = type;
            key.keyCode = keyCode;
            post(key);
        }
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

    /** The shell as it shows on the screen, as a PNG in {@code cxw.screenshots} (default target/screenshots). */
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
