/** {@code cxw comments}: keywords, log-odds and sentiment of a journey's open comments. */
package org.cxworkbench.cli.internal.comments;
