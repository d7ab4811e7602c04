/**
 * The survey import wizard (File > Import > CX Workbench > Survey answers, and Import Survey Answers on a CSV or
 * XLSX file of the Workspace view): the pages over the headless import services
 * ({@link org.cxworkbench.services.imports.ImportPreview}, {@link org.cxworkbench.services.imports.ImportValidation},
 * {@link org.cxworkbench.services.imports.SurveyImports}); no file is parsed and no SQL is written here.
 */
package org.cxworkbench.ui.imports.internal;
