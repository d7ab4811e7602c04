package org.cxworkbench.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.cxworkbench.ui.preferences.CxPreferences;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/**
 * Real input for the UI tests, as a person's would be: mouse and keyboard events posted to the X server through
 * {@link Display#post}; running the event loop until what they cause has happened; finding widgets; screenshots;
 * the workbench page; a results store in a folder of the test. Call it on the UI thread (the UI harness runs the
 * tests there).
 */
public final class Ui {

    /** The id of the journeys perspective (the workbench's default). */
    public static final String JOURNEYS_PERSPECTIVE = "org.cxworkbench.ui.perspectives.journeys"; //$NON-NLS-1$

    private Ui() {
    }

    /** The display of the UI thread. */
    public static Display display() {
        return Display.getCurrent();
    }

    // ---- the event loop

    /** Runs the event loop for {@code millis}: lets windows lay out and paint, and async work run. */
    public static void settle(long millis) {
        settle(display(), millis);
    }

    /** Runs the event loop of {@code display} for {@code millis}. */
    public static void settle(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            spinOnce(display);
        }
    }

    private static void spinOnce(Display display) {
        if (!display.readAndDispatch()) {
            display.timerExec(20, () -> { });
            display.sleep();
        }
    }

    /**
     * Runs the event loop until {@code condition} holds; after {@code millis} saves a screenshot of the active shell
     * (named after {@code what}) and fails.
     */
    public static void waitUntil(String what, long millis, BooleanSupplier condition) {
        Display display = display();
        if (!waitFor(display, millis, condition)) {
            Shell[] shells = display.getShells();
            Shell shell = display.getActiveShell() != null ? display.getActiveShell()
                    : shells.length > 0 ? shells[0] : null;
            if (shell != null) {
                try {
                    screenshot(shell, "timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".png"); //$NON-NLS-1$
                } catch (IOException | RuntimeException e) {
                    // the screenshot only helps to see why; the timeout is the failure
                }
            }
            throw new AssertionError("timed out waiting for " + what); //$NON-NLS-1$
        }
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} pass; returns whether it held. */
    public static boolean waitFor(Display display, long millis, BooleanSupplier condition) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            spinOnce(display);
        }
        return condition.getAsBoolean();
    }

    /** Waits for {@code job} to end while the UI thread goes on dispatching events; fails after {@code millis}. */
    public static void join(Job job, long millis) {
        Display display = display();
        long until = System.currentTimeMillis() + millis;
        while (job.getState() != Job.NONE || job.getResult() == null) {
            if (System.currentTimeMillis() > until) {
                job.cancel();
                throw new AssertionError("the job " + job.getName() + " did not end in " + millis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            if (display == null || !display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for the job " + job.getName(), e); //$NON-NLS-1$
                }
            }
        }
    }

    // ---- mouse

    private static void post(Event event) {
        if (!display().post(event)) {
            throw new AssertionError("Display.post refused an event of type " + event.type); //$NON-NLS-1$
        }
    }

    /** Moves the pointer to {@code at} (display coordinates). */
    public static void mouseMove(Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        settle(50);
    }

    private static void button(int type, int button) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        post(event);
    }

    /** A left click at {@code at} (display coordinates). */
    public static void click(Point at) {
        mouseMove(at);
        button(SWT.MouseDown, 1);
        button(SWT.MouseUp, 1);
        settle(150);
    }

    /** A left click in the middle of {@code bounds}, given in {@code control}'s coordinates. */
    public static void click(Control control, Rectangle bounds) {
        click(control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
    }

    /** A left click in the middle of {@code control}. */
    public static void click(Control control) {
        click(centre(control));
    }

    public static void doubleClick(Point at) {
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

    /** The middle of a control, in display coordinates. */
    public static Point centre(Control control) {
        Point size = control.getSize();
        return control.toDisplay(size.x / 2, size.y / 2);
    }

    /** A point inside a tree item's label, in display coordinates, once the tree has stopped scrolling. */
    public static Point centre(TreeItem item) {
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

    /** Clicks into a field and waits until it has the keyboard. */
    public static void focus(Control control) {
        click(centre(control));
        waitUntil("the keyboard focus in " + control, 3000, control::isFocusControl); //$NON-NLS-1$
    }

    // ---- keyboard

    /** A key press and release. */
    public static void key(int keyCode, char character) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = character;
            post(event);
        }
    }

    /** Ctrl (Mod1) with a letter, e.g. {@code ctrl('z')}. */
    public static void ctrl(char letter) {
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

    /** Types lower-case letters, digits, spaces and punctuation without Shift into the focus control. */
    public static void type(String text) {
        for (char c : text.toCharArray()) {
            key(c, c);
            settle(20);
        }
        settle(150);
    }

    /**
     * Replaces a text field's content by typing: focus, select all, then a key press per character (with Shift for
     * capitals and shifted punctuation); waits until the field shows {@code value}.
     */
    public static void type(Text text, String value) {
        Display display = text.getDisplay();
        text.setFocus();
        text.selectAll();
        settle(display, 50);
        if (value.isEmpty()) {
            key(SWT.BS, '\b');
        }
        for (char c : value.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || "!@#$%^&*()_+{}|:\"<>?~".indexOf(c) >= 0; //$NON-NLS-1$
            if (shift) {
                modifier(SWT.KeyDown, SWT.SHIFT);
            }
            key(0, c);
            if (shift) {
                modifier(SWT.KeyUp, SWT.SHIFT);
            }
            settle(display, 5);
        }
        waitFor(display, 3000, () -> text.getText().equals(value));
    }

    private static void modifier(int type, int keyCode) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        post(event);
    }

    public static void enter() {
        key(SWT.CR, '\r');
        settle(200);
    }

    public static void backspace() {
        key(SWT.BS, '\b');
        settle(100);
    }

    // ---- widgets

    /** Every control under {@code root} (itself included, depth first) that matches. */
    public static List<Control> find(Control root, Predicate<Control> match) {
        return find(root, Control.class, match);
    }

    /** Every control of {@code type} under {@code root} (itself included, depth first) that {@code test} accepts. */
    public static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<? super T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> test,
            List<T> found) {
        if (control.isDisposed()) {
            return;
        }
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
    public static Button button(Composite root, String text) {
        List<Button> buttons = find(root, Button.class, b -> b.getText().replace("&", "").equals(text)); //$NON-NLS-1$ //$NON-NLS-2$
        if (buttons.size() != 1) {
            throw new AssertionError("expected one button '" + text + "', found " + buttons.size()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return buttons.get(0);
    }

    /**
     * What a click on a button does, without the pointer: presses a push button, toggles a check box, or selects a
     * radio button (and deselects its siblings), then sends the Selection event a click sends.
     */
    public static void press(Button button) {
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

    /** What choosing an entry of a read-only combo does: the selection, then its Selection event. */
    public static void choose(Combo combo, String item) {
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError("no '" + item + "' in " + Arrays.toString(combo.getItems())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        settle(100);
    }

    /** The tree item whose text is {@code text} among {@code items}. */
    public static TreeItem item(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (item.getText().equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no tree item '" + text + "' among " + texts(items)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The tree item whose text starts with {@code prefix} among {@code items}. */
    public static TreeItem itemStartingWith(TreeItem[] items, String prefix) {
        for (TreeItem item : items) {
            if (item.getText().startsWith(prefix)) {
                return item;
            }
        }
        throw new AssertionError("no tree item starting with '" + prefix + "' among " + texts(items)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }

    /** The tree item (at any depth) that shows {@code data}, or null. */
    public static TreeItem itemOf(TreeItem[] items, Object data) {
        for (TreeItem item : items) {
            if (item.getData() == data) {
                return item;
            }
            TreeItem found = itemOf(item.getItems(), data);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The newest visible shell titled {@code title}, or null. */
    public static Shell shell(Display display, String title) {
        Shell[] shells = display.getShells();
        for (int i = shells.length - 1; i >= 0; i--) {
            if (!shells[i].isDisposed() && shells[i].isVisible() && title.equals(shells[i].getText())) {
                return shells[i];
            }
        }
        return null;
    }

    // ---- screenshots

    /** The folder of screenshots: the system property {@code cxw.screenshots}, else target/screenshots. */
    public static Path screenshotFolder() throws IOException {
        Path folder = Path.of(System.getProperty("cxw.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
        Files.createDirectories(folder);
        return folder;
    }

    /** A PNG of what the screen shows of {@code shell} (copied from the display, window frame excluded). */
    public static Path screenshot(Shell shell, String name) throws IOException {
        Rectangle bounds = shell.getBounds();
        return copy(shell.getDisplay(), bounds, screenshotFolder().resolve(name));
    }

    /** A PNG of what the screen shows of {@code control}'s area (e.g. a shell's client area). */
    public static Path screenshot(Control control, Rectangle area, String name) throws IOException {
        Point origin = control.toDisplay(area.x, area.y);
        return copy(control.getDisplay(), new Rectangle(origin.x, origin.y, area.width, area.height),
                screenshotFolder().resolve(name));
    }

    private static Path copy(Display display, Rectangle bounds, Path file) {
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            save(image, file);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }

    /** A PNG of {@code shell} as SWT draws it with {@link Control#print}, after letting it paint. */
    public static Path print(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        settle(display, 500);
        Path file = screenshotFolder().resolve(name);
        Rectangle size = shell.getBounds();
        Image image = new Image(display, size.width, size.height);
        GC gc = new GC(image);
        try {
            shell.print(gc);
            save(image, file);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }

    private static void save(Image image, Path file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    // ---- the workbench

    /** The active page of the active workbench window. */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Shows the journeys perspective in the active window and returns its page. */
    public static IWorkbenchPage openJourneysPerspective() {
        try {
            return PlatformUI.getWorkbench().showPerspective(JOURNEYS_PERSPECTIVE,
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        } catch (WorkbenchException e) {
            throw new AssertionError("the journeys perspective did not open: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    // ---- the results store

    /** Points the settings at an embedded store in {@code folder} (created on first use). */
    public static Path useEmbeddedStore(Path folder) {
        CxPreferences.node().put(CxPreferences.STORE_KIND, CxPreferences.EMBEDDED);
        CxPreferences.node().put(CxPreferences.STORE_FOLDER, folder.toString());
        return folder;
    }

    /** An embedded store in a new temporary folder, set in the settings. */
    public static Path useTemporaryStore(String prefix) throws IOException {
        return useEmbeddedStore(Files.createTempDirectory(prefix).resolve("results")); //$NON-NLS-1$
    }

    /** Forgets the store folder of the settings (the workbench then uses its default). */
    public static void forgetStore() {
        CxPreferences.node().remove(CxPreferences.STORE_FOLDER);
    }
}
