/**
 * The CX Workbench rich client: application, workbench and window advisors, the Customer Journeys perspective and
 * its views. Everything that is not drawing lives in the headless bundles below this one.
 */
package org.cxworkbench.ui.internal;
