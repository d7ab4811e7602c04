/** {@code cxw drivers} and {@code cxw accounts}: key drivers of an outcome, and accounts by risk. */
package org.cxworkbench.cli.internal.drivers;
