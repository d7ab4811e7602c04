/** How the journey reports get their data: scores computed in Java, put on the report's connection. */
package org.cxworkbench.reports.journey.internal;
