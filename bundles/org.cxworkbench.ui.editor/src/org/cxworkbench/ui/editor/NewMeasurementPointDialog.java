package org.cxworkbench.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.core.journey.JourneyCommands;
import org.cxworkbench.metrics.MetricDescriptor;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.GoodEnd;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.ui.editor.MeasurementPoints.ScaleSpec;
import org.cxworkbench.ui.editor.internal.Messages;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Asks what a new measurement point measures and where: the metric (from the metric registry, so a plug-in's metric
 * is offered with no code change), the element it is attached to (the journey, a stage or a touchpoint), the question
 * in English, Finnish and Swedish, and the scale, prefilled from the metric. OK executes one command
 * ({@link MeasurementPoints#attach}) on the editing domain's stack. The Structure page and the Journey menu open it;
 * the map's palette opens it on a drop with {@link #setTarget} and {@link #setMetric} set.
 */
public class NewMeasurementPointDialog extends TitleAreaDialog {

    private final EditingDomain domain;
    private final Journey journey;
    private final List<MetricDescriptor> metrics;
    private final List<MeasurableElement> targets = new ArrayList<>();
    private MeasurableElement target;
    private String metricId;
    private MeasurementPoint created;

    private Combo metricCombo;
    private Combo targetCombo;
    private final Map<String, Text> questions = new LinkedHashMap<>();
    private Button scaleCheck;
    private Spinner scaleMin;
    private Spinner scaleMax;
    private Combo goodEnd;

    public NewMeasurementPointDialog(Shell parent, EditingDomain domain, Journey journey) {
        super(parent);
        this.domain = domain;
        this.journey = journey;
        this.metrics = MetricRegistry.getDefault().descriptors();
        targets.add(journey);
        for (Stage stage : journey.getStages()) {
            targets.add(stage);
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                targets.add(touchpoint);
            }
        }
        journey.getTouchpoints().stream().filter(t -> t.getStage() == null).forEach(targets::add);
        target = journey;
    }

    /** The element the point is attached to at first (the user can change it). */
    public void setTarget(MeasurableElement element) {
        if (targets.contains(element)) {
            target = element;
        }
    }

    /** The metric chosen at first, by id. */
    public void setMetric(String id) {
        metricId = id;
    }

    /** The point the dialog attached, after OK. */
    public MeasurementPoint getCreated() {
        return created;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Point_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Point_title);
        setMessage(Messages.Point_message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));

        label(body, Messages.Point_metric);
        metricCombo = new Combo(body, SWT.READ_ONLY);
        metricCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (MetricDescriptor metric : metrics) {
            metricCombo.add(NLS.bind(Messages.Point_metricItem, metric.name(), metric.id()));
        }
        metricCombo.setData("org.cxworkbench.field", "metric");

        label(body, Messages.Point_target);
        targetCombo = new Combo(body, SWT.READ_ONLY);
        targetCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (MeasurableElement element : targets) {
            targetCombo.add(targetLabel(element));
        }
        targetCombo.select(targets.indexOf(target));
        targetCombo.setData("org.cxworkbench.field", "target");

        for (String language : MeasurementPoints.LANGUAGES) {
            label(body, NLS.bind(Messages.Point_question, languageName(language)));
            Text text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.heightHint = 40;
            data.widthHint = 380;
            text.setLayoutData(data);
            text.setData("org.cxworkbench.field", "question." + language);
            questions.put(language, text);
        }

        label(body, Messages.Point_scale);
        Composite scale = new Composite(body, SWT.NONE);
        GridLayout scaleLayout = new GridLayout(6, false);
        scaleLayout.marginWidth = 0;
        scale.setLayout(scaleLayout);
        scaleCheck = new Button(scale, SWT.CHECK);
        scaleCheck.setText(Messages.Point_scaleAsked);
        scaleMin = new Spinner(scale, SWT.BORDER);
        scaleMin.setValues(0, -1000, 1000, 0, 1, 10);
        scaleMin.setData("org.cxworkbench.field", "scale.min");
        new Label(scale, SWT.NONE).setText("–");
        scaleMax = new Spinner(scale, SWT.BORDER);
        scaleMax.setValues(10, -1000, 1000, 0, 1, 10);
        scaleMax.setData("org.cxworkbench.field", "scale.max");
        new Label(scale, SWT.NONE).setText(Messages.Point_goodEnd);
        goodEnd = new Combo(scale, SWT.READ_ONLY);
        goodEnd.setItems(Messages.Point_goodHigh, Messages.Point_goodLow);
        goodEnd.select(0);
        scaleCheck.addListener(SWT.Selection, e -> enableScale());

        metricCombo.addListener(SWT.Selection, e -> metricChosen());
        int initial = 0;
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).id().equals(metricId)) {
                initial = i;
            }
        }
        if (!metrics.isEmpty()) {
            metricCombo.select(initial);
            metricChosen();
        }
        return area;
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
    }

    private static String languageName(String language) {
        return switch (language) {
            case "fi" -> Messages.Point_languageFi;
            case "sv" -> Messages.Point_languageSv;
            default -> Messages.Point_languageEn;
        };
    }

    private static String targetLabel(MeasurableElement element) {
        String name = element.getName() == null ? "" : element.getName();
        if (element instanceof Journey) {
            return NLS.bind(Messages.Point_targetJourney, name);
        }
        if (element instanceof Stage) {
            return NLS.bind(Messages.Point_targetStage, name);
        }
        return NLS.bind(Messages.Point_targetTouchpoint, name);
    }

    /** Prefills the scale from the metric's default scale and direction. */
    private void metricChosen() {
        int index = metricCombo.getSelectionIndex();
        if (index < 0) {
            return;
        }
        ScaleSpec scale = ScaleSpec.of(metrics.get(index));
        scaleCheck.setSelection(scale != null);
        if (scale != null) {
            scaleMin.setSelection(scale.min());
            scaleMax.setSelection(scale.max());
            goodEnd.select(scale.goodEnd() == GoodEnd.LOW ? 1 : 0);
        }
        enableScale();
        validate();
    }

    private void enableScale() {
        scaleMin.setEnabled(scaleCheck.getSelection());
        scaleMax.setEnabled(scaleCheck.getSelection());
        goodEnd.setEnabled(scaleCheck.getSelection());
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        boolean valid = metricCombo.getSelectionIndex() >= 0 && targetCombo.getSelectionIndex() >= 0;
        if (metrics.isEmpty()) {
            setMessage(Messages.Point_noMetrics, IMessageProvider.ERROR);
        }
        if (ok != null) {
            ok.setEnabled(valid);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    @Override
    protected void okPressed() {
        int metricIndex = metricCombo.getSelectionIndex();
        int targetIndex = targetCombo.getSelectionIndex();
        if (metricIndex < 0 || targetIndex < 0) {
            return;
        }
        if (scaleCheck.getSelection() && scaleMin.getSelection() >= scaleMax.getSelection()) {
            setErrorMessage(Messages.Point_scaleOrder);
            return;
        }
        Map<String, String> wording = new LinkedHashMap<>();
        questions.forEach((language, text) -> wording.put(language, text.getText()));
        ScaleSpec scale = scaleCheck.getSelection() ? new ScaleSpec(scaleMin.getSelection(),
                scaleMax.getSelection(), goodEnd.getSelectionIndex() == 1 ? GoodEnd.LOW : GoodEnd.HIGH) : null;
        JourneyCommands.Creation<MeasurementPoint> command = MeasurementPoints.attach(domain,
                targets.get(targetIndex), metrics.get(metricIndex).id(), wording, scale);
        if (!command.canExecute()) {
            setErrorMessage(Messages.Point_cannotAttach);
            return;
        }
        domain.getCommandStack().execute(command);
        created = command.created();
        super.okPressed();
    }
}
