/**
 * {@code cxw score} and {@code cxw compare}: metrics on a plain CSV file, no journey or database needed. They use
 * only the public metric API and the registry, so every contributed metric, built-in or third-party, is available
 * by its id. Output field names are a contract with scripts.
 */
package org.cxworkbench.cli.internal.metrics;
