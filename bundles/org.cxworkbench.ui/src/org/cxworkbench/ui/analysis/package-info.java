/**
 * What the results views of the workbench share: the period and segment they show.
 */
package org.cxworkbench.ui.analysis;
