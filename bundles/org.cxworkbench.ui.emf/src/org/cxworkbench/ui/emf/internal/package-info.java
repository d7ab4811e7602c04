/** Cell editors and texts of the EMF–JFace glue; not API. */
package org.cxworkbench.ui.emf.internal;
