/**
 * The demo use case: sample journeys, generated answers, import, scores and scorecards in one folder, for someone
 * meeting the product ({@code cxw demo}, and a workbench action later). {@link org.cxworkbench.services.demo.DemoRun}
 * does the work with a progress monitor; a {@link org.cxworkbench.services.demo.DemoListener} hears each step.
 */
package org.cxworkbench.services.demo;
