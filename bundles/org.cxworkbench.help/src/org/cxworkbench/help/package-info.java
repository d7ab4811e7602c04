/** The CX Workbench user guide and context help: {@link org.cxworkbench.help.UserGuide}. */
package org.cxworkbench.help;
