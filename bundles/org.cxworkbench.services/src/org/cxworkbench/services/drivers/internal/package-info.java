/** Texts of the driver and account analyses. */
package org.cxworkbench.services.drivers.internal;
