package org.cxworkbench.services.drivers;

import java.util.List;

/**
 * One account's roll-up: person → group → account.
 *
 * @param account        the account as stored from the file (the journey account's name when they match)
 * @param persons        persons who answered the point: respondents with the same contact count once
 * @param groups         the account's groups that had answers, in the journey's order, "no group" last
 * @param unweighted     the mean of the persons' scores: every person who answered counts once
 * @param weighted       the mean of the group means, each group weighted by its number of contacts in the journey (a
 *                       group of people the journey does not list weighs as many as answered): a group that answered
 *                       more eagerly than the others does not pull the account its way
 * @param detractorShare the share of persons whose score is in the bottom 60 % of the scale (NPS 0-6)
 * @param churnFlags     answers "lost" (1) on the journey's churn points by the account's respondents
 */
public record AccountRisk(String account, long persons, List<GroupScore> groups, double unweighted, double weighted,
        double detractorShare, long churnFlags) {

    public AccountRisk {
        groups = List.copyOf(groups);
    }

    /**
     * One group of an account.
     *
     * @param group    the contact group's name, or {@code null} for persons the journey puts in no group
     * @param persons  persons of the group who answered
     * @param contacts the weight of the group: its contacts in the journey, or its persons when it is no group
     * @param mean     the mean of its persons' scores
     */
    public record GroupScore(String group, long persons, long contacts, double mean) {
    }
}
