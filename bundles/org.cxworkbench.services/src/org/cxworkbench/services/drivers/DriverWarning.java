package org.cxworkbench.services.drivers;

import org.cxworkbench.services.drivers.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Why a driver analysis should be read with care.
 *
 * @param kind    what is wrong
 * @param subject the driver it is about (its name), or {@code null} for the whole analysis
 * @param figure  the number that broke the rule: n, a VIF, a condition number
 * @param limit   the rule's limit
 */
public record DriverWarning(Kind kind, String subject, double figure, double limit) {

    /** The rules. */
    public enum Kind {
        /** fewer than {@value KeyDrivers#CASES_PER_DRIVER} complete respondents per driver */
        THIN,
        /** fewer complete respondents than drivers + 2: no weights at all */
        TOO_FEW,
        /** a driver's variance inflation factor above {@value KeyDrivers#MAX_VIF} */
        COLLINEAR,
        /** a driver that is an exact combination of others (a singular correlation matrix): no weights */
        SINGULAR,
        /** a driver or the outcome without any spread: no correlation */
        NO_SPREAD,
        /** a default driver that no respondent of the outcome answered: left out of the analysis */
        LEFT_OUT
    }

    /** One line for people, in their language. */
    public String message() {
        return switch (kind) {
            case THIN -> NLS.bind(Messages.Warning_thin, (long) figure, (long) limit);
            case TOO_FEW -> NLS.bind(Messages.Warning_tooFew, (long) figure, (long) limit);
            case COLLINEAR -> NLS.bind(Messages.Warning_collinear, subject, String.format(java.util.Locale.ROOT,
                    "%.1f", figure));
            case SINGULAR -> Messages.Warning_singular;
            case NO_SPREAD -> NLS.bind(Messages.Warning_noSpread, subject);
            case LEFT_OUT -> NLS.bind(Messages.Warning_leftOut, subject);
        };
    }
}
