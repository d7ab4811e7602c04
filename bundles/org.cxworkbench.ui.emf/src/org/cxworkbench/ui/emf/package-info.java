/**
 * The small glue between EMF.Edit item providers and JFace, written for CX Workbench because EMF's UI bundles are not
 * on Maven Central: tree content and labels over an {@link org.eclipse.emf.common.notify.AdapterFactory} that follow
 * model notifications, images from item providers as SWT images owned by a control, property sources whose edits are
 * commands on an editing domain's stack, and undo, redo and delete actions bound to that stack.
 */
package org.cxworkbench.ui.emf;
