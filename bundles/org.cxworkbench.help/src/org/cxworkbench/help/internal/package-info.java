/** The User Guide view and the workbench help UI that opens it. */
package org.cxworkbench.help.internal;
