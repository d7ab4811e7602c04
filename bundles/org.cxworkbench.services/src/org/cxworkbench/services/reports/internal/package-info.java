/** The report service's internals: its texts. */
package org.cxworkbench.services.reports.internal;
