/**
 * Item providers of the journey model: labels, icons (PNGs under {@code icons/full/obj16}), children and property
 * descriptors, for every viewer and for the commands of the editing domain. Generated from
 * {@code org.cxworkbench.model/model/journey.genmodel}; UI-free (org.eclipse.emf.edit only, no SWT or JFace), so
 * the command line and the tests use the same labels as the editors.
 */
package org.cxworkbench.model.journey.provider;
