/**
 * An example of a third-party metric plug-in: first-contact resolution rate and the parameterised share handled
 * within a target time, contributed to the extension point
 * {@code org.cxworkbench.metrics.metrics} using only the public API of {@code org.cxworkbench.metrics}. It is built
 * and tested with the product but shipped in no feature; docs/plugin-guide.md walks through it.
 */
package org.cxworkbench.example.metric;
