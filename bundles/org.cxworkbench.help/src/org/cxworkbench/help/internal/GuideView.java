package org.cxworkbench.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.help.UserGuide;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The user guide inside the workbench: the table of contents of every registered help toc on the left (ours, in the
 * workbench's language), the page on the right in an SWT browser. Where SWT has no browser engine the page is shown
 * as its text, with a line that says why.
 */
public final class GuideView extends ViewPart {

    private TreeViewer contents;
    private Label note;
    private Browser browser;
    private Text plain;
    private String href;
    private URL url;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        contents.setContentProvider(new TocContent());
        contents.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof IToc toc ? toc.getLabel()
                        : element instanceof ITopic topic ? topic.getLabel() : String.valueOf(element);
            }
        });
        contents.setInput(HelpSystem.getTocs());
        contents.expandToLevel(2);
        contents.addSelectionChangedListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            String target = chosen instanceof ITopic topic ? topic.getHref()
                    : chosen instanceof IToc toc ? toc.getTopic(null).getHref() : null;
            if (target != null && !target.equals(href)) {
                show(target, null);
            }
        });

        Composite page = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        page.setLayout(layout);
        note = new Label(page, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        try {
            browser = new Browser(page, SWT.NONE);
            browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        } catch (SWTError e) {
            browser = null;
            note.setText(NLS.bind(Messages.Guide_noBrowser, e.getMessage()));
            plain = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            plain.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        sash.setWeights(28, 72);
        show(UserGuide.HOME, null);
    }

    /** Shows page {@code href} ({@code /<bundle>/<path>}), with {@code text} (a context's description) above it. */
    public void show(String target, String text) {
        href = target;
        if (browser != null) {
            note.setText(text == null ? "" : text);
        } else if (text != null) {
            note.setText(text);
        }
        ((GridData) note.getLayoutData()).exclude = note.getText().isEmpty();
        note.setVisible(!note.getText().isEmpty());
        note.getParent().layout(true);
        try {
            url = UserGuide.resolve(target);
        } catch (IOException e) {
            url = null;
            ILog.of(GuideView.class).log(new Status(IStatus.ERROR, UserGuide.PLUGIN_ID,
                    NLS.bind(Messages.Guide_cannotOpen, e.getMessage()), e));
        }
        if (url == null) {
            String missing = NLS.bind(Messages.Guide_pageMissing, target);
            if (browser != null) {
                browser.setText("<html><body><p>" + missing + "</p></body></html>");
            } else {
                plain.setText(missing);
            }
            return;
        }
        if (browser != null) {
            browser.setUrl(url.toExternalForm());
        } else {
            plain.setText(textOf(url));
        }
    }

    /** The page shown: its help href. */
    public String currentHref() {
        return href;
    }

    /** The page shown: the file it was read from, or {@code null} when there is no such page. */
    public URL currentUrl() {
        return url;
    }

    /** The browser the page is drawn in, or {@code null} where SWT has none. */
    public Browser browser() {
        return browser;
    }

    public TreeViewer contents() {
        return contents;
    }

    /** A page's text without its markup, for systems without a browser engine. */
    private static String textOf(URL page) {
        try (InputStream in = page.openStream()) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<(br|/p|/h[1-6]|/li|/tr|/pre)>", "\n").replaceAll("<[^>]+>", "")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ")
                    .replaceAll("\n{3,}", "\n\n").strip();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    @Override
    public void setFocus() {
        contents.getControl().setFocus();
    }

    /** The tocs, their topics and subtopics. */
    private static final class TocContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof IToc[] tocs ? tocs : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<Object> children = new ArrayList<>();
            if (parent instanceof IToc toc) {
                children.addAll(List.of(toc.getTopics()));
            } else if (parent instanceof ITopic topic) {
                children.addAll(List.of(topic.getSubtopics()));
            }
            return children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
