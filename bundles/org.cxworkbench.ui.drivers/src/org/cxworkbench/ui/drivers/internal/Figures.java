package org.cxworkbench.ui.drivers.internal;

import java.util.Locale;

/** Numbers as the views show them: in the user's locale, a dash for none. */
final class Figures {

    static final String NONE = "\u2013"; //$NON-NLS-1$

    private Figures() {
    }

    /** {@code value} with {@code decimals} decimals in the default locale, or a dash when it is NaN or infinite. */
    static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        return String.format(Locale.getDefault(), "%." + decimals + "f", value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A share 0-1 as a percentage with one decimal. */
    static String percent(double share) {
        return Double.isNaN(share) ? NONE : fixed(share * 100, 1) + " %"; //$NON-NLS-1$
    }
}
