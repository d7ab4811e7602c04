/**
 * The application's use cases, headless, with a small Java API: open a results store, import a survey export, score
 * a file or a store, compare, render a report. The command line ({@code cxw}) and the workbench both call these
 * services and only gather input and show results: nothing here imports SWT, JFace or the workbench. Long work
 * takes an {@link org.eclipse.core.runtime.IProgressMonitor} and can be cancelled. The sub-packages hold one use
 * case each; see docs/architecture.md, "Application services".
 */
package org.cxworkbench.services;
