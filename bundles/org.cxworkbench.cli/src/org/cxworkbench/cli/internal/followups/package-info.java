/** {@code cxw followups}: list and work the follow-ups that the import's rules created. */
package org.cxworkbench.cli.internal.followups;
