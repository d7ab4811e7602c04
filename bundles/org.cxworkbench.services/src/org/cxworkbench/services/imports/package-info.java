/**
 * Importing a survey export: a {@link org.cxworkbench.services.imports.SurveyImportRequest} run by
 * {@link org.cxworkbench.services.imports.SurveyImports#run} with an
 * {@link org.eclipse.core.runtime.IProgressMonitor} for a progress bar and cancellation; it returns a
 * {@link org.cxworkbench.services.imports.SurveyImportResult} to show.
 */
package org.cxworkbench.services.imports;
