/** The Run Report dialog, its handler and the opening of written reports. */
package org.cxworkbench.ui.reports.internal;
