/**
 * The anchor of the workbench's start-up benchmark: a bare RCP application shipped in the product, so that the
 * benchmark compares CX Workbench's cold start with the platform's own floor on the same bundles and JVM
 * ({@code releng/benchmarks/workbench-startup.sh}).
 */
package org.cxworkbench.benchmark.rcp;
