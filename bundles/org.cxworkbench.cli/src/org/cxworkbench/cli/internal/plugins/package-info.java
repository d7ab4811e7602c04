/**
 * {@code cxw plugins list|install|uninstall|update}: installing metric plug-ins into an installed CX Workbench
 * without rebuilding it, on p2's director API (the operations, planner and engine) and the product's own p2
 * profile. {@link org.cxworkbench.cli.internal.plugins.ProductPlugins} does the p2 work and is used by the tests
 * too; {@link org.cxworkbench.cli.internal.plugins.PluginsCommand} is the command line around it.
 */
package org.cxworkbench.cli.internal.plugins;
