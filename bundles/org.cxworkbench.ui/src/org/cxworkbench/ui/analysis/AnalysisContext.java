package org.cxworkbench.ui.analysis;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The period and segment that every results view of the workbench shows: the Scores view and the journey editor's
 * score overlay share the one instance ({@link #get()}), so a picker in either moves both. Listeners are called on
 * the thread that made the change (the UI thread for pickers).
 */
public final class AnalysisContext {

    /** Hears a change of period or segment. */
    @FunctionalInterface
    public interface Listener {
        void changed(AnalysisContext context);
    }

    private static final AnalysisContext INSTANCE = new AnalysisContext();

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile AnalysisPeriod period;
    private volatile String segment;

    private AnalysisContext() {
    }

    /** The workbench's one context. */
    public static AnalysisContext get() {
        return INSTANCE;
    }

    /** The period shown, or {@code null} before anyone has chosen one (views then start at the latest answers). */
    public AnalysisPeriod period() {
        return period;
    }

    /** The segment shown (a segment's name as stored), or {@code null} for all respondents. */
    public String segment() {
        return segment;
    }

    public void setPeriod(AnalysisPeriod newPeriod) {
        if (!Objects.equals(period, newPeriod)) {
            period = newPeriod;
            fire();
        }
    }

    public void setSegment(String newSegment) {
        String value = newSegment == null || newSegment.isBlank() ? null : newSegment;
        if (!Objects.equals(segment, value)) {
            segment = value;
            fire();
        }
    }

    public void addListener(Listener listener) {
        listeners.addIfAbsent(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.changed(this);
        }
    }
}
