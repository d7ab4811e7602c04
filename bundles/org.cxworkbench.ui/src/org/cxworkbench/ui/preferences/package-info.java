/**
 * The workbench's settings ({@link org.cxworkbench.ui.preferences.CxPreferences}) and their preference page.
 */
package org.cxworkbench.ui.preferences;
