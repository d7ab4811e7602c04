/** The journey editor's pages, providers, markers, wizard and texts; not API (the tests are friends). */
package org.cxworkbench.ui.editor.internal;
