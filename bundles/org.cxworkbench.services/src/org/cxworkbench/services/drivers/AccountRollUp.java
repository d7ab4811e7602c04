package org.cxworkbench.services.drivers;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cxworkbench.metrics.MetricRegistry;
import org.cxworkbench.model.journey.Account;
import org.cxworkbench.model.journey.Contact;
import org.cxworkbench.model.journey.ContactGroup;
import org.cxworkbench.model.journey.Journey;
import org.cxworkbench.model.journey.MeasurementPoint;
import org.cxworkbench.store.RespondentAnswers;
import org.cxworkbench.store.Schema;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The B2B roll-up of one measurement point's answers (by default the relationship NPS): person → group → account, and
 * the accounts sorted by risk.
 *
 * <h2>Who is who</h2>
 * <ul>
 * <li>A <b>person</b> is the contact stored with the answer (the file's contact column; a journey contact whether
 * named by name or e-mail), else the respondent: two answers of one contact are one person with their mean.</li>
 * <li>Their <b>group</b> is the journey's {@link ContactGroup} of their account that lists a {@link Contact} whose
 * name or e-mail is the stored contact (the first such group); a person the journey does not list is in no group.</li>
 * <li>The <b>account</b> is the stored account text; a journey {@link Account} with that name or id gives the groups
 * and contacts. Answers without an account are left out.</li>
 * </ul>
 *
 * <h2>Risk</h2>
 * Accounts are sorted by churn flags (most first), then detractor share (highest first), then the unweighted mean
 * (lowest first), then name. See {@link AccountRisk} for the figures.
 */
public final class AccountRollUp {

    /** A score at or below this position on its scale is a detractor's: 0.6 is 6 on NPS's 0-10. */
    static final double DETRACTOR_POSITION = 0.6 + 1e-9;

    private final Journey journey;
    private final MetricRegistry registry;

    public AccountRollUp(Journey journey, MetricRegistry registry) {
        this.journey = journey;
        this.registry = registry;
    }

    /** The point accounts are scored on by default: the first relationship NPS, else the first relationship point. */
    public Optional<MeasurementPoint> defaultPoint() {
        Optional<MeasurementPoint> nps = journey.getMeasurementPoints().stream()
                .filter(p -> p.getAttachedTo() == journey && "nps".equals(p.getMetricId())).findFirst();
        return nps.isPresent() ? nps : journey.getMeasurementPoints().stream()
                .filter(p -> p.getAttachedTo() == journey && !"churn".equals(p.getMetricId())).findFirst();
    }

    /**
     * The accounts, riskiest first.
     *
     * @param point the point to score, or {@code null} for {@link #defaultPoint()}
     * @throws IllegalArgumentException when there is no such point
     */
    public List<AccountRisk> accounts(Connection connection, String point, LocalDate from, LocalDate to,
            String segment, IProgressMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        MeasurementPoint scored = point == null ? defaultPoint().orElseThrow(() -> new IllegalArgumentException(
                "journey '" + journey.getName() + "' has no relationship measurement point; name one"))
                : new KeyDrivers(journey, registry).point(point).orElseThrow(() -> new IllegalArgumentException(
                        "no measurement point '" + point + "' in journey '" + journey.getName() + "'"));
        if (Schema.version(connection) == 0) {
            return List.of();
        }
        List<String> churnPoints = journey.getMeasurementPoints().stream()
                .filter(p -> "churn".equals(p.getMetricId()) && p != scored).map(MeasurementPoint::getId).toList();
        List<String> ids = new ArrayList<>();
        ids.add(scored.getId());
        ids.addAll(churnPoints);
        List<RespondentAnswers.Answer> answers = RespondentAnswers.read(connection, journey, ids, from, to, segment);
        progress.worked(1);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        PointScale scale = PointScale.of(scored, registry);

        // account -> person -> (sum, count); account -> churn flags
        Map<String, Map<String, double[]>> persons = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Long> churn = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (RespondentAnswers.Answer answer : answers) {
            String account = answer.account() == null || answer.account().isBlank() ? null
                    : answer.account().strip();
            if (account == null) {
                continue;
            }
            Optional<Account> modelled = account(account);
            String name = modelled.map(Account::getName).orElse(account);
            if (answer.pointId().equals(scored.getId())) {
                // one person per journey contact, whether the file named them by name or by e-mail
                String stored = answer.contact() == null || answer.contact().isBlank() ? null
                        : answer.contact().strip();
                Optional<Contact> contact = stored == null ? Optional.empty() : modelled.flatMap(a -> contact(a,
                        stored));
                String person = contact.map(Contact::getName).orElse(stored == null ? answer.respondentKey()
                        : stored);
                double[] sum = persons.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(person,
                        k -> new double[2]);
                sum[0] += answer.value();
                sum[1]++;
            } else if (answer.value() == 1) {
                churn.merge(name, 1L, Long::sum);
            }
        }
        List<AccountRisk> risks = new ArrayList<>();
        for (String name : union(persons.keySet(), churn.keySet())) {
            risks.add(rollUp(name, persons.getOrDefault(name, Map.of()), churn.getOrDefault(name, 0L), scale));
        }
        risks.sort(Comparator.comparingLong((AccountRisk r) -> -r.churnFlags())
                .thenComparingDouble(r -> Double.isNaN(r.detractorShare()) ? 0 : -r.detractorShare())
                .thenComparingDouble(r -> Double.isNaN(r.unweighted()) ? Double.MAX_VALUE : r.unweighted())
                .thenComparing(r -> r.account().toLowerCase(Locale.ROOT)));
        progress.worked(1);
        return risks;
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.addAll(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private AccountRisk rollUp(String name, Map<String, double[]> persons, long churnFlags, PointScale scale) {
        Optional<Account> account = account(name);
        // group (journey order; null = no group) -> person scores
        Map<ContactGroup, List<Double>> byGroup = new LinkedHashMap<>();
        account.ifPresent(a -> a.getGroups().forEach(g -> byGroup.put(g, new ArrayList<>())));
        List<Double> ungrouped = new ArrayList<>();
        double total = 0;
        long detractors = 0;
        for (Map.Entry<String, double[]> person : persons.entrySet()) {
            double score = person.getValue()[0] / person.getValue()[1];
            total += score;
            if (scale.position(score) <= DETRACTOR_POSITION) {
                detractors++;
            }
            Optional<ContactGroup> group = account.flatMap(a -> group(a, person.getKey()));
            if (group.isPresent()) {
                byGroup.get(group.get()).add(score);
            } else {
                ungrouped.add(score);
            }
        }
        List<AccountRisk.GroupScore> groups = new ArrayList<>();
        double weightedSum = 0;
        double weights = 0;
        for (Map.Entry<ContactGroup, List<Double>> entry : byGroup.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            double mean = entry.getValue().stream().mapToDouble(d -> d).average().orElse(Double.NaN);
            long contacts = Math.max(entry.getKey().getMembers().size(), entry.getValue().size());
            groups.add(new AccountRisk.GroupScore(entry.getKey().getName(), entry.getValue().size(), contacts, mean));
            weightedSum += contacts * mean;
            weights += contacts;
        }
        if (!ungrouped.isEmpty()) {
            double mean = ungrouped.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
            groups.add(new AccountRisk.GroupScore(null, ungrouped.size(), ungrouped.size(), mean));
            weightedSum += ungrouped.size() * mean;
            weights += ungrouped.size();
        }
        int n = persons.size();
        return new AccountRisk(name, n, groups, n == 0 ? Double.NaN : total / n,
                weights == 0 ? Double.NaN : weightedSum / weights, n == 0 ? Double.NaN : detractors / (double) n,
                churnFlags);
    }

    private Optional<Account> account(String stored) {
        return journey.getAccounts().stream().filter(a -> stored.equals(a.getId())
                || a.getName() != null && a.getName().strip().equalsIgnoreCase(stored)).findFirst();
    }

    private static Optional<ContactGroup> group(Account account, String person) {
        for (ContactGroup group : account.getGroups()) {
            for (Contact contact : group.getMembers()) {
                if (matches(contact, person)) {
                    return Optional.of(group);
                }
            }
        }
        return Optional.empty();
    }

    /** The account's contact whose name or e-mail is {@code stored} (case ignored). */
    private static Optional<Contact> contact(Account account, String stored) {
        return account.getContacts().stream().filter(c -> matches(c, stored)).findFirst();
    }

    private static boolean matches(Contact contact, String text) {
        return contact.getName() != null && contact.getName().strip().equalsIgnoreCase(text)
                || contact.getEmail() != null && contact.getEmail().strip().equalsIgnoreCase(text);
    }
}
