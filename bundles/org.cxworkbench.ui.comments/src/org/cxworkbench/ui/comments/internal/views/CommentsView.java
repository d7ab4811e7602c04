package org.cxworkbench.ui.comments.internal.views;

import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxworkbench.core.journey.JourneyFiles;
import org.cxworkbench.core.journey.JourneyLoadException;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.comments.CommentAnalysis;
import org.cxworkbench.services.comments.CommentGroup;
import org.cxworkbench.services.comments.CommentQuery;
import org.cxworkbench.services.comments.CommentResult;
import org.cxworkbench.services.comments.Keyword;
import org.cxworkbench.services.comments.StoredComment;
import org.cxworkbench.services.scoring.NoResultsStoreException;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.services.store.StoreException;
import org.cxworkbench.text.CommentProcessor;
import org.cxworkbench.text.Sentiment;
import org.cxworkbench.ui.analysis.AnalysisContext;
import org.cxworkbench.ui.analysis.AnalysisPeriod;
import org.cxworkbench.ui.comments.internal.Messages;
import org.cxworkbench.ui.preferences.CxPreferences;
import org.cxworkbench.ui.results.JourneySelection;
import org.cxworkbench.ui.results.Stores;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The Comments view: the open comments of the journey element selected in a journey editor (or of a selected
 * {@code .journey} file) for the period and segment of {@link AnalysisContext}, read and analysed by
 * {@link CommentAnalysis} (the analysis of {@code cxw comments}) in a {@link Job}. A touchpoint selected narrows the
 * comments to its measurement points; the touchpoint, score group, language and text filters narrow what the table
 * shows without reading again. The keywords of the shown score group (or of all comments) are listed above the table
 * and drawn bold and highlighted in the comments.
 */
public class CommentsView extends ViewPart {

    public static final String ID = "org.cxworkbench.ui.comments.views.comments"; //$NON-NLS-1$

    /** Its context help (F1), a page of the user guide (org.cxworkbench.help). */
    public static final String HELP_ID = "org.cxworkbench.ui.comments.comments_view"; //$NON-NLS-1$

    /** Score group keys in the order the combo lists them. */
    static final List<String> SCORE_GROUPS = List.of("detractor", "passive", "promoter", "low", "middle", "high", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "unrated"); //$NON-NLS-1$
    static final List<String> LANGUAGES = List.of("fi", "sv", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final int COMMENT_COLUMN = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private Composite top;
    private Combo touchpointCombo;
    private Combo groupCombo;
    private Combo languageCombo;
    private Text textFilter;
    private Label keywordsLabel;
    private Label message;
    private Table table;
    private Color highlight;
    private Font bold;

    private JourneySelection selection;
    private Journey journey;
    /** touchpoint names of the combo after "all", in journey order */
    private final List<String> touchpoints = new ArrayList<>();
    private CommentResult result;
    private List<StoredComment> shown = List.of();
    private Set<String> keywords = Set.of();
    private final Map<Long, List<int[]>> highlights = new HashMap<>();
    private String name = ""; //$NON-NLS-1$
    private Job job;
    private CommentProcessor finder;

    @Override
    public void createPartControl(Composite parent) {
        top = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(8, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        top.setLayout(layout);
        PlatformUI.getWorkbench().getHelpSystem().setHelp(top, HELP_ID);
        touchpointCombo = combo(Messages.Comments_touchpoint, 180);
        touchpointCombo.add(Messages.Comments_allTouchpoints);
        touchpointCombo.select(0);
        groupCombo = combo(Messages.Comments_scoreGroup, 110);
        groupCombo.add(Messages.Comments_all);
        SCORE_GROUPS.forEach(g -> groupCombo.add(groupLabel(g)));
        groupCombo.select(0);
        languageCombo = combo(Messages.Comments_language, 60);
        languageCombo.add(Messages.Comments_all);
        LANGUAGES.forEach(languageCombo::add);
        languageCombo.select(0);
        new Label(top, SWT.NONE).setText(Messages.Comments_text);
        textFilter = new Text(top, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        textFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        keywordsLabel = new Label(top, SWT.WRAP);
        keywordsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        message = new Label(top, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        table = new Table(top, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] names = { Messages.Comments_date, Messages.Comments_touchpoint.replace(":", ""), //$NON-NLS-1$ //$NON-NLS-2$
                Messages.Comments_segment, Messages.Comments_score, Messages.Comments_language.replace(":", ""), //$NON-NLS-1$ //$NON-NLS-2$
                Messages.Comments_sentiment, Messages.Comments_comment };
        int[] widths = { 90, 150, 130, 60, 60, 90, 520 };
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(names[i]);
            column.setWidth(widths[i]);
        }
        highlight = new Color(table.getDisplay(), 255, 236, 140);
        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(table.getDisplay(), data);
        table.addListener(SWT.EraseItem, this::eraseComment);
        table.addListener(SWT.PaintItem, this::paintComment);

        touchpointCombo.addListener(SWT.Selection, e -> refresh());
        groupCombo.addListener(SWT.Selection, e -> filter());
        languageCombo.addListener(SWT.Selection, e -> filter());
        textFilter.addListener(SWT.Modify, e -> filter());

        showMessage(Messages.Comments_nothingSelected);
        keywordsLabel.setText(Messages.Comments_noKeywords);
        selection = JourneySelection.track(this, table, this::selected).refreshOnAnalysisContext(this::refresh)
                .refreshOnPreferences(this::refresh);
        selection.selectFromActivePart();
    }

    private Combo combo(String label, int width) {
        new Label(top, SWT.NONE).setText(label);
        Combo combo = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = width;
        combo.setLayoutData(data);
        return combo;
    }

    static String groupLabel(String key) {
        return switch (key) {
            case "detractor" -> Messages.Comments_detractor; //$NON-NLS-1$
            case "passive" -> Messages.Comments_passive; //$NON-NLS-1$
            case "promoter" -> Messages.Comments_promoter; //$NON-NLS-1$
            case "low" -> Messages.Comments_low; //$NON-NLS-1$
            case "middle" -> Messages.Comments_middle; //$NON-NLS-1$
            case "high" -> Messages.Comments_high; //$NON-NLS-1$
            default -> Messages.Comments_unrated;
        };
    }

    static String sentimentLabel(Sentiment sentiment) {
        return switch (sentiment) {
            case POSITIVE -> Messages.Comments_positive;
            case NEGATIVE -> Messages.Comments_negative;
            case NEUTRAL -> Messages.Comments_neutral;
        };
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (selection != null) {
            selection.dispose();
        }
        if (job != null) {
            job.cancel();
        }
        if (finder != null) {
            finder.close();
        }
        if (highlight != null) {
            highlight.dispose();
        }
        if (bold != null) {
            bold.dispose();
        }
        super.dispose();
    }

    private void selected(JourneySelection selected) {
        EObject element = selected.element();
        if (element != null) {
            setJourney((Journey) EcoreUtil.getRootContainer(element));
            Touchpoint touchpoint = selected.touchpoint();
            int index = touchpoint == null ? -1 : touchpoints.indexOf(touchpoint.getName());
            touchpointCombo.select(index < 0 ? 0 : index + 1);
            refresh();
            return;
        }
        IFile file = selected.journeyFile();
        if (file.getLocation() == null) {
            return;
        }
        try {
            setJourney(JourneyFiles.load(file.getLocation().toFile().toPath()).journey());
        } catch (JourneyLoadException | RuntimeException e) {
            journey = null;
            showMessage(NLS.bind(Messages.Comments_journeyUnreadable, file.getName(), e.getMessage()));
            return;
        }
        touchpointCombo.select(0);
        refresh();
    }

    private void setJourney(Journey newJourney) {
        journey = newJourney;
        List<String> names = newJourney.getTouchpoints().stream().map(Touchpoint::getName).toList();
        if (!names.equals(touchpoints)) {
            touchpoints.clear();
            touchpoints.addAll(names);
            touchpointCombo.removeAll();
            touchpointCombo.add(Messages.Comments_allTouchpoints);
            names.forEach(touchpointCombo::add);
            touchpointCombo.select(0);
        }
        EObject element = selection.element();
        IFile journeyFile = selection.journeyFile();
        name = element instanceof NamedElement named && named.getName() != null ? named.getName()
                : journeyFile != null ? journeyFile.getName() : newJourney.getName();
    }

    /** Reads the comments again in a new job (cancelling the one running), then filters them. */
    public void refresh() {
        if (job != null) {
            job.cancel();
        }
        if (journey == null) {
            return;
        }
        int chosen = touchpointCombo.getSelectionIndex();
        String touchpoint = chosen <= 0 ? null : touchpoints.get(chosen - 1);
        AnalysisPeriod period = AnalysisContext.get().period();
        CommentQuery query = CommentQuery.all().withTouchpoint(touchpoint).withSegment(AnalysisContext.get()
                .segment()).withRange(period == null ? null : period.from(), period == null ? null : period.to());
        String heading = touchpoint == null ? name : touchpoint;
        // the analysis reads what it needs of the journey now, on the UI thread where the editor changes it
        CommentAnalysis analysis = new CommentAnalysis(journey);
        showMessage(NLS.bind(Messages.Comments_reading, heading));
        Job reading = new Job(Messages.Comments_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Object found = read(analysis, query, heading, monitor);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (!table.isDisposed()) {
                    table.getDisplay().asyncExec(() -> {
                        if (job == this && !table.isDisposed()) {
                            if (found instanceof CommentResult r) {
                                result = r;
                                name = heading;
                                filter();
                            } else {
                                result = null;
                                shown = List.of();
                                table.removeAll();
                                keywordsLabel.setText(Messages.Comments_noKeywords);
                                showMessage((String) found);
                            }
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        reading.setRule(Stores.RULE);
        job = reading;
        reading.schedule();
    }

    /** The result, or a message saying why there is none. */
    private static Object read(CommentAnalysis analysis, CommentQuery query, String heading,
            IProgressMonitor monitor) {
        ResultsStore store;
        try {
            store = Stores.openForReading();
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_FOUND) {
                return NLS.bind(Messages.Comments_noStore, CxPreferences.storeLocation());
            }
            return NLS.bind(Messages.Comments_failed, heading, e.getMessage());
        }
        try (store) {
            return analysis.analyse(store, query, monitor);
        } catch (NoResultsStoreException e) {
            return NLS.bind(Messages.Comments_emptyStore, store.location());
        } catch (OperationCanceledException e) {
            return ""; //$NON-NLS-1$
        } catch (SQLException | RuntimeException e) {
            return NLS.bind(Messages.Comments_failed, heading, e.getMessage());
        }
    }

    /** Shows the comments of the last reading that pass the score group, language and text filters. */
    void filter() {
        if (result == null) {
            return;
        }
        int groupIndex = groupCombo.getSelectionIndex();
        String group = groupIndex <= 0 ? null : SCORE_GROUPS.get(groupIndex - 1);
        int languageIndex = languageCombo.getSelectionIndex();
        String language = languageIndex <= 0 ? null : LANGUAGES.get(languageIndex - 1);
        String text = textFilter.getText().strip().toLowerCase(Locale.ROOT);
        shown = result.comments().stream().filter(c -> group == null || group.equals(c.scoreGroup()))
                .filter(c -> language == null || language.equals(c.language()))
                .filter(c -> text.isEmpty() || c.text().toLowerCase(Locale.ROOT).contains(text)).toList();
        List<Keyword> top = group == null ? result.overall().keywords()
                : result.groups().stream().filter(g -> g.key().equals(group)).findFirst()
                        .map(CommentGroup::keywords).orElse(List.of());
        keywords = new LinkedHashSet<>(top.stream().map(Keyword::term).toList());
        keywordsLabel.setText(top.isEmpty() ? Messages.Comments_noKeywords
                : NLS.bind(Messages.Comments_keywords, top.stream().map(k -> k.shown() + " (" + k.count() + ")") //$NON-NLS-1$ //$NON-NLS-2$
                        .collect(Collectors.joining(", ")))); //$NON-NLS-1$
        if (finder == null) {
            finder = new CommentProcessor(Map.of(), "en"); //$NON-NLS-1$
        }
        highlights.clear();
        table.setRedraw(false);
        table.removeAll();
        for (StoredComment comment : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(comment);
            item.setText(new String[] { comment.answeredAt() == null ? "" : DAY.format(comment.answeredAt()), //$NON-NLS-1$
                    comment.touchpoint() == null ? "" : comment.touchpoint(), //$NON-NLS-1$
                    comment.segment() == null ? "" : comment.segment(), //$NON-NLS-1$
                    comment.value() == null ? "" : format(comment.value()), comment.language(), //$NON-NLS-1$
                    sentimentLabel(comment.sentiment()), comment.text().replace('\n', ' ') });
            highlights.put(comment.answerId(), finder.find(comment.text().replace('\n', ' '), comment.language(),
                    keywords));
        }
        table.setRedraw(true);
        showMessage(NLS.bind(Messages.Comments_shown, new Object[] { name, shown.size(),
                result.comments().size() }));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The comment column is drawn by {@link #paintComment}: the platform draws only the background. */
    private void eraseComment(Event event) {
        if (event.index == COMMENT_COLUMN) {
            event.detail &= ~SWT.FOREGROUND;
        }
    }

    /** Draws a comment with its keywords bold on a highlight. */
    private void paintComment(Event event) {
        if (event.index != COMMENT_COLUMN || !(event.item instanceof TableItem item)
                || !(item.getData() instanceof StoredComment comment)) {
            return;
        }
        String text = item.getText(COMMENT_COLUMN);
        GC gc = event.gc;
        Rectangle bounds = item.getTextBounds(COMMENT_COLUMN);
        int x = bounds.x;
        int y = bounds.y + Math.max(0, (bounds.height - gc.getFontMetrics().getHeight()) / 2);
        int at = 0;
        Font normal = gc.getFont();
        for (int[] range : highlights.getOrDefault(comment.answerId(), List.of())) {
            String before = text.substring(at, range[0]);
            gc.drawString(before, x, y, true);
            x += gc.stringExtent(before).x;
            String word = text.substring(range[0], range[1]);
            gc.setFont(bold);
            Point size = gc.stringExtent(word);
            Color background = gc.getBackground();
            gc.setBackground(highlight);
            gc.fillRectangle(x, y, size.x, size.y);
            gc.drawString(word, x, y, true);
            gc.setBackground(background);
            gc.setFont(normal);
            x += size.x;
            at = range[1];
        }
        gc.drawString(text.substring(at), x, y, true);
    }

    // for the tests

    public Table table() {
        return table;
    }

    public Combo touchpointCombo() {
        return touchpointCombo;
    }

    public Combo groupCombo() {
        return groupCombo;
    }

    public Combo languageCombo() {
        return languageCombo;
    }

    public Text textFilter() {
        return textFilter;
    }

    public String keywordsText() {
        return keywordsLabel.getText();
    }

    public String messageText() {
        return message.getText();
    }

    public Job job() {
        return job;
    }

    /** The comments the table shows, in its order. */
    public List<StoredComment> shown() {
        return shown;
    }

    /** The highlighted words of a shown comment, as written. */
    public List<String> highlighted(StoredComment comment) {
        String text = comment.text().replace('\n', ' ');
        return highlights.getOrDefault(comment.answerId(), List.of()).stream().map(r -> text.substring(r[0], r[1]))
                .toList();
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setToolTipText(text);
        top.layout(true, true);
    }
}
