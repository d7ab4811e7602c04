/** {@code cxw server} (a team's store server, its users, the move from BUILTIN) and {@code cxw store} (backups). */
package org.cxworkbench.cli.internal.server;
