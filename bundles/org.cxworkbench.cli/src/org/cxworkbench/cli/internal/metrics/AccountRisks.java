package org.cxworkbench.cli.internal.metrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.cli.CommandContext;
import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.services.drivers.AccountRisk;
import org.cxworkbench.services.drivers.AccountRollUp;
import org.cxworkbench.store.Dimension;
import org.cxworkbench.store.ScoredGroup;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * What {@code cxw score --by account} adds to its rows: each account's person → group → account roll-up of the
 * relationship point ({@link AccountRollUp}, as {@code cxw accounts} lists it), and the rows riskiest account first.
 * Fields added after the existing ones (which stay as they were): {@code risk_rank}, {@code rollup_point},
 * {@code persons}, {@code mean_unweighted} (the mean of the persons), {@code mean_weighted_by_contacts} (each contact
 * group's mean weighted by its contacts in the journey), {@code detractor_share}, {@code churn_flags}.
 */
final class AccountRisks {

    /** The fields added, after every field {@code cxw score} had before. */
    static final String[] FIELDS = {"risk_rank", "rollup_point", "persons", "mean_unweighted",
        "mean_weighted_by_contacts", "detractor_share", "churn_flags"};

    private final String point;
    private final Map<String, Integer> ranks = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, AccountRisk> risks = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private AccountRisks(String point) {
        this.point = point;
    }

    /**
     * The roll-up of the journey's default relationship point; none (the fields stay empty) when the journey has
     * no such point, said on stderr.
     */
    static AccountRisks read(Journey journey, MetricRegistry registry, Connection connection, LocalDate from,
            LocalDate to, String segment, CommandContext context) throws SQLException {
        AccountRollUp rollUp = new AccountRollUp(journey, registry);
        MeasurementPoint scored = rollUp.defaultPoint().orElse(null);
        AccountRisks result = new AccountRisks(scored == null ? null : scored.getName());
        if (scored == null) {
            context.err().println(org.cxworkbench.cli.internal.drivers.Messages.Accounts_noRollUpPoint);
            return result;
        }
        int rank = 0;
        for (AccountRisk risk : rollUp.accounts(connection, scored.getId(), from, to, segment,
                new NullProgressMonitor())) {
            rank++;
            result.ranks.put(risk.account(), rank);
            result.risks.put(risk.account(), risk);
        }
        return result;
    }

    private AccountRisk risk(ScoredGroup group) {
        String key = group.key(Dimension.ACCOUNT);
        String label = group.label(Dimension.ACCOUNT);
        AccountRisk risk = label == null ? null : risks.get(label.strip());
        return risk != null || key == null ? risk : risks.get(key.strip());
    }

    private int rank(ScoredGroup group) {
        AccountRisk risk = risk(group);
        return risk == null ? Integer.MAX_VALUE : ranks.get(risk.account());
    }

    /** The groups riskiest account first; accounts without a roll-up last; otherwise in the order given. */
    List<ScoredGroup> sorted(List<ScoredGroup> groups) {
        List<ScoredGroup> list = new ArrayList<>(groups);
        list.sort(Comparator.comparingInt(this::rank));
        return list;
    }

    /** The roll-up fields of {@code group}'s account, empty (null) when it has none. */
    void put(Map<String, Object> row, ScoredGroup group) {
        AccountRisk risk = risk(group);
        row.put("risk_rank", risk == null ? null : (long) ranks.get(risk.account()));
        row.put("rollup_point", point);
        row.put("persons", risk == null ? null : risk.persons());
        row.put("mean_unweighted", risk == null ? null : risk.unweighted());
        row.put("mean_weighted_by_contacts", risk == null ? null : risk.weighted());
        row.put("detractor_share", risk == null ? null : risk.detractorShare());
        row.put("churn_flags", risk == null ? null : risk.churnFlags());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d accounts on %s", risks.size(), point);
    }
}
