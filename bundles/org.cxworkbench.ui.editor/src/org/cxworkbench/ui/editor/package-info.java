/**
 * The journey editor of the workbench: {@link org.cxworkbench.ui.editor.JourneyEditor}, a multi-page editor for
 * {@code .journey} files (Map and Structure pages on one editing domain), its validation markers and findings
 * listeners, and the New Measurement Point dialog that the Structure page and the map's palette share.
 */
package org.cxworkbench.ui.editor;
