/**
 * The journey map's drawing core, headless (no SWT, no UI bundle): the SWT editor and the {@code cxw} export are
 * two clients of it.
 * <ul>
 * <li>{@link org.cxworkbench.diagram.MapScene}: the geometry built from a journey and its notation under a
 * {@link org.cxworkbench.diagram.MapFilter} (lanes, boxes, routed edges, measurement badges) and hit testing;</li>
 * <li>{@link org.cxworkbench.diagram.MapPainter}: paints a scene through the small
 * {@link org.cxworkbench.diagram.MapGraphics} interface, with {@link org.cxworkbench.diagram.MapStyle} and
 * {@link org.cxworkbench.diagram.MapDecorations} (validation problems, score tags) and a selection;</li>
 * <li>{@link org.cxworkbench.diagram.SvgGraphics} and {@link org.cxworkbench.diagram.MapExport}: SVG, and PNG
 * through Batik;</li>
 * <li>{@link org.cxworkbench.diagram.MapLayout} (ELK layout, "Arrange all", notation for journeys without one)
 * and {@link org.cxworkbench.diagram.MapCommands} (move, resize, bendpoints, views for new elements): notation
 * changes as EMF commands, with core's {@code JourneyCommands} for the semantic side.</li>
 * </ul>
 * Painting is in model coordinates (the notation's pixels); zoom is the caller's transform.
 */
package org.cxworkbench.diagram;
