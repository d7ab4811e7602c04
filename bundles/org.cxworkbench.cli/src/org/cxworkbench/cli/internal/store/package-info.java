/** The commands of the results store: {@code cxw import}. */
package org.cxworkbench.cli.internal.store;
