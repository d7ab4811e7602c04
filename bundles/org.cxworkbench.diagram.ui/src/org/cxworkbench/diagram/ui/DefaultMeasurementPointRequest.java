package org.cxworkbench.diagram.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.diagram.ui.internal.Messages;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurableElement;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The built-in {@link MeasurementPointRequest}: a small modal dialog with the question in English, Finnish and
 * Swedish and the metric's scale shown as the point will get it. The journey editor replaces it with its own.
 */
public final class DefaultMeasurementPointRequest implements MeasurementPointRequest {

    /** The languages the dialog asks for, in order. */
    public static final String[] LANGUAGES = { "en", "fi", "sv" };

    private final Shell parent;
    private final MetricRegistry registry;

    public DefaultMeasurementPointRequest(Shell parent, MetricRegistry registry) {
        this.parent = parent;
        this.registry = registry;
    }

    @Override
    public Map<String, String> questions(String metricId, MeasurableElement target) {
        Optional<MetricDescriptor> metric = registry == null ? Optional.empty() : registry.find(metricId);
        QuestionDialog dialog = new QuestionDialog(parent, metricId, metric.orElse(null), target);
        return dialog.open() == Dialog.OK ? dialog.result : null;
    }

    private static String languageName(String code) {
        return switch (code) {
            case "fi" -> Messages.Dialog_language_fi;
            case "sv" -> Messages.Dialog_language_sv;
            default -> Messages.Dialog_language_en;
        };
    }

    /** The metric's default scale as the dialog words it. */
    static String scaleText(MetricDescriptor metric) {
        if (metric == null || !Double.isFinite(metric.scaleMin()) || !Double.isFinite(metric.scaleMax())) {
            return Messages.Dialog_openScale;
        }
        return NLS.bind(Messages.Dialog_scale, format(metric.scaleMin()), format(metric.scaleMax()));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static final class QuestionDialog extends Dialog {

        private final String metricId;
        private final MetricDescriptor metric;
        private final MeasurableElement target;
        private final Text[] texts = new Text[LANGUAGES.length];
        private Map<String, String> result;

        QuestionDialog(Shell parent, String metricId, MetricDescriptor metric, MeasurableElement target) {
            super(parent);
            this.metricId = metricId;
            this.metric = metric;
            this.target = target;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.Dialog_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
            Label message = new Label(area, SWT.WRAP);
            String name = metric == null ? metricId : metric.name();
            String where = target.getName() == null || target.getName().isBlank()
                    ? (target instanceof Journey ? "" : "?") : target.getName();
            message.setText(NLS.bind(Messages.Dialog_message, name, where));
            GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(message);
            for (int i = 0; i < LANGUAGES.length; i++) {
                new Label(area, SWT.NONE).setText(NLS.bind(Messages.Dialog_question, languageName(LANGUAGES[i])));
                texts[i] = new Text(area, SWT.BORDER);
                GridDataFactory.fillDefaults().grab(true, false).applyTo(texts[i]);
            }
            Label scale = new Label(area, SWT.NONE);
            scale.setText(scaleText(metric));
            GridDataFactory.fillDefaults().span(2, 1).applyTo(scale);
            return area;
        }

        @Override
        protected void buttonPressed(int buttonId) {
            if (buttonId == IDialogConstants.OK_ID) {
                result = new LinkedHashMap<>();
                for (int i = 0; i < LANGUAGES.length; i++) {
                    String text = texts[i].getText().strip();
                    if (!text.isEmpty()) {
                        result.put(LANGUAGES[i], text);
                    }
                }
            }
            super.buttonPressed(buttonId);
        }
    }
}
