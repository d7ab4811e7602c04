/**
 * Headless report rendering with Eclipse BIRT: a {@link org.cxworkbench.reports.ReportRenderer} runs a BIRT report
 * design ({@code .rptdesign}) with parameters against the results store and writes HTML, PDF or XLSX.
 *
 * <p>This bundle owns the BIRT runtime: it requires the engine, the HTML, PDF and XLSX (spudsoft) emitters, the JDBC
 * data source, the JavaScript support and the chart engine, so that a product which contains this bundle can render
 * every design the report designer produces. Several of these bundles are only used at run time (BIRT finds them
 * through its extension points); they are required here so that p2 and Tycho put them into every runtime.
 *
 * <p>The manifest also imports the packages that Apache POI needs at run time (commons-collections4, commons-io,
 * commons-compress, commons-codec, commons-math3, SparseBitSet, log4j-api, curvesapi). The POI bundles are generated
 * from plain Maven jars whose manifests import everything optionally, so nothing would pull those libraries into a
 * runtime and the XLSX emitter would fail with {@code NoClassDefFoundError} only when a report is rendered.
 *
 * <p>Nothing here touches SWT, JFace or the workbench: the command line and the tests render reports without a
 * display.
 */
package org.cxworkbench.reports;
