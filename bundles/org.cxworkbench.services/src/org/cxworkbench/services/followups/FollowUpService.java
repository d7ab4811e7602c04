package org.cxworkbench.services.followups;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cxworkbench.metrics.FollowUpRules;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurableElement;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.model.journey.NamedElement;
import org.cxworkbench.model.journey.Stage;
import org.cxworkbench.model.journey.Touchpoint;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.store.FollowUp;
import org.cxworkbench.store.FollowUpChange;
import org.cxworkbench.store.FollowUpConflictException;
import org.cxworkbench.store.FollowUpFilter;
import org.cxworkbench.store.FollowUpState;
import org.cxworkbench.store.FollowUps;
import org.eclipse.osgi.util.NLS;

/**
 * The follow-ups of an open results store, seen through a journey (optional): names for its measurement points and
 * touchpoints, and filters by them. Changes go to the store with the version the caller read, so two users editing
 * one follow-up get a {@link FollowUpConflictException} (naming who changed it and when) instead of a lost update.
 * Not thread-safe: one service per store connection, used from one thread (a workbench Job at a time).
 */
public final class FollowUpService {

    /** The schema version that brought follow-ups with rules, states and history. */
    public static final int SCHEMA_VERSION = 5;

    private final FollowUps followUps;
    private final Journey journey;
    private final Map<String, MeasurementPoint> points = new HashMap<>();
    private final Map<String, String> ruleNames = new HashMap<>();

    /**
     * @param store   an open store; a reader may use a store of schema {@value #SCHEMA_VERSION} or later
     * @param journey the journey whose follow-ups to show, or null for every follow-up of the store
     * @throws FollowUpException when the store is older than follow-ups (an import upgrades it)
     */
    public FollowUpService(ResultsStore store, Journey journey) throws FollowUpException {
        if (store.schemaVersion() < SCHEMA_VERSION) {
            throw new FollowUpException(NLS.bind(Messages.FollowUps_schemaTooOld, new Object[] {store.location(),
                    store.schemaVersion(), ResultsStore.UPGRADE_COMMAND}));
        }
        this.followUps = new FollowUps(store.connection());
        this.journey = journey;
        if (journey != null) {
            for (MeasurementPoint point : journey.getMeasurementPoints()) {
                points.put(point.getId(), point);
            }
        }
        for (FollowUpRules.Rule rule : FollowUpRules.all()) {
            ruleNames.put(rule.id(), rule.name());
        }
    }

    /** The journey's measurement points attached to {@code element}, or for a stage to it and its touchpoints. */
    public static Set<String> pointsOf(Journey journey, MeasurableElement element) {
        Set<String> ids = new LinkedHashSet<>();
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            MeasurableElement attached = point.getAttachedTo();
            if (element == null || element == journey || attached == element
                    || element instanceof Stage stage && attached instanceof Touchpoint touchpoint
                            && touchpoint.getStage() == stage) {
                ids.add(point.getId());
            }
        }
        return ids;
    }

    /** The touchpoint, stage or journey of {@code journey} with this name (case ignored) or id. */
    public static Optional<MeasurableElement> element(Journey journey, String nameOrId) {
        String wanted = nameOrId.strip();
        if (wanted.equalsIgnoreCase(journey.getName()) || wanted.equals(journey.getId())) {
            return Optional.of(journey);
        }
        for (Touchpoint touchpoint : journey.getTouchpoints()) {
            if (wanted.equalsIgnoreCase(touchpoint.getName()) || wanted.equals(touchpoint.getId())) {
                return Optional.of(touchpoint);
            }
        }
        for (Stage stage : journey.getStages()) {
            if (wanted.equalsIgnoreCase(stage.getName()) || wanted.equals(stage.getId())) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /**
     * The follow-ups that pass {@code query}, newest first.
     *
     * @throws FollowUpException when the query names a scope without a journey, or one the journey does not have
     */
    public List<FollowUpItem> list(FollowUpQuery query) throws SQLException, FollowUpException {
        Set<String> pointIds = null;
        if (query.scope() != null && !query.scope().isBlank()) {
            if (journey == null) {
                throw new FollowUpException(NLS.bind(Messages.FollowUps_noSuchScope, "-", query.scope()));
            }
            MeasurableElement element = element(journey, query.scope()).orElseThrow(() -> new FollowUpException(
                    NLS.bind(Messages.FollowUps_noSuchScope, journey.getName(), query.scope())));
            pointIds = pointsOf(journey, element);
        } else if (journey != null) {
            pointIds = pointsOf(journey, journey);
        }
        return list(query, pointIds);
    }

    /** The follow-ups of {@code element} (a touchpoint, stage or the journey) that pass {@code query}. */
    public List<FollowUpItem> list(FollowUpQuery query, MeasurableElement element) throws SQLException {
        return list(query, journey == null ? null : pointsOf(journey, element));
    }

    private List<FollowUpItem> list(FollowUpQuery query, Set<String> pointIds) throws SQLException {
        FollowUpFilter filter = new FollowUpFilter(query.states(), query.owner(), pointIds, query.overdueOn(),
                query.limit());
        return followUps.list(filter).stream().map(this::item).toList();
    }

    /** One follow-up. */
    public FollowUpItem get(long id) throws SQLException, FollowUpException {
        return item(followUps.find(id).orElseThrow(() -> new FollowUpException(NLS.bind(Messages.FollowUps_notFound,
                id))));
    }

    public List<FollowUpChange> history(long id) throws SQLException {
        return followUps.history(id);
    }

    /** The store user changes are recorded under. */
    public String user() throws SQLException {
        return followUps.user();
    }

    public FollowUpItem assign(long id, int version, String owner, LocalDate due)
            throws SQLException, FollowUpConflictException, FollowUpException {
        try {
            return item(followUps.assign(id, version, owner, due));
        } catch (IllegalArgumentException e) {
            throw new FollowUpException(e.getMessage(), e);
        }
    }

    public FollowUpItem note(long id, int version, String text)
            throws SQLException, FollowUpConflictException, FollowUpException {
        try {
            return item(followUps.note(id, version, text));
        } catch (IllegalArgumentException e) {
            throw new FollowUpException(e.getMessage(), e);
        }
    }

    public FollowUpItem setState(long id, int version, FollowUpState state)
            throws SQLException, FollowUpConflictException, FollowUpException {
        try {
            return item(followUps.setState(id, version, state));
        } catch (IllegalArgumentException e) {
            throw new FollowUpException(e.getMessage(), e);
        }
    }

    private FollowUpItem item(FollowUp followUp) {
        MeasurementPoint point = followUp.measurementPointId() == null ? null
                : points.get(followUp.measurementPointId());
        String where = "";
        String pointName = followUp.measurementPointId() == null ? "" : followUp.measurementPointId();
        if (point != null) {
            pointName = point.getName() == null ? point.getId() : point.getName();
            if (point.getAttachedTo() instanceof NamedElement named && named.getName() != null) {
                where = named.getName();
            }
        }
        String rule = followUp.ruleId() == null ? "" : ruleNames.getOrDefault(followUp.ruleId(), followUp.ruleId());
        return new FollowUpItem(followUp, where, pointName, rule);
    }
}
