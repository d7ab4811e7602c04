package org.cxworkbench.services.scoring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.services.store.ResultsStore;
import org.cxworkbench.store.Schema;
import org.cxworkbench.store.SchemaTooNewException;
import org.cxworkbench.store.ScoreQuery;
import org.cxworkbench.store.ScoredGroup;
import org.cxworkbench.store.StoreScoring;

/**
 * Scoring a journey's answers in the results store ({@link StoreScoring}: the metric's buckets summed in SQL, scored
 * by the metric) on a connection the caller opened. A reader: it never changes the database; a database without a
 * store, or of a newer program, is refused before anything is read. Usage:
 * <pre>
 * StoreScores scores = new StoreScores(journey, MetricRegistry.getDefault());
 * scores.problems().forEach(log::warn); // points left out (metric not installed, bad scale)
 * List&lt;ScoredGroup&gt; groups = scores.score(connection, ScoreQuery.of(Dimension.TOUCHPOINT));
 * </pre>
 */
public final class StoreScores {

    private final Journey journey;
    private final StoreScoring scoring;

    public StoreScores(Journey journey, MetricRegistry metrics) {
        this.journey = journey;
        this.scoring = new StoreScoring(journey, metrics);
    }

    /** The journey's measurement points that cannot be scored, one sentence each, known before any database opens. */
    public List<String> problems() {
        return scoring.problems();
    }

    /**
     * The groups of {@code query}, scored, from a store opened through {@link ResultsStore#open}.
     *
     * @throws NoResultsStoreException when the database holds no results store
     * @throws SchemaTooNewException   when a newer program made the store (nothing is read)
     * @throws IllegalArgumentException when the metric refuses the query's options
     */
    public List<ScoredGroup> score(ResultsStore store, ScoreQuery query) throws SQLException,
            NoResultsStoreException {
        // the store checked its schema when it opened (a reader refuses a newer one): no second look
        if (!store.hasResults()) {
            throw new NoResultsStoreException();
        }
        return scoring.score(store.connection(), query);
    }

    /**
     * The groups of {@code query}, scored, on a connection opened elsewhere (its schema is checked here).
     *
     * @throws NoResultsStoreException when the database holds no results store
     * @throws SchemaTooNewException   when a newer program made the store (nothing is read)
     * @throws IllegalArgumentException when the metric refuses the query's options
     */
    public List<ScoredGroup> score(Connection connection, ScoreQuery query) throws SQLException,
            NoResultsStoreException {
        int version = Schema.version(connection);
        if (version == 0) {
            throw new NoResultsStoreException();
        }
        if (version > Schema.CURRENT_VERSION) {
            throw new SchemaTooNewException(version, Schema.CURRENT_VERSION);
        }
        return scoring.score(connection, query);
    }

    /** The names of the journey's measurement points by id, for showing {@link ScoredGroup#measurementPoints()}. */
    public Map<String, String> pointNames() {
        Map<String, String> names = new HashMap<>();
        for (MeasurementPoint point : journey.getMeasurementPoints()) {
            names.put(point.getId(), point.getName());
        }
        return names;
    }
}
