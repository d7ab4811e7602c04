/**
 * The results store: Apache Derby, embedded in the workspace folder by default and as a network server for teams.
 * The same code talks to both; only how a {@link java.sql.Connection} is opened differs.
 */
package org.cxworkbench.store;
