/**
 * What the UI tests of CX Workbench share: real mouse and keyboard input through {@code Display.post}, running the
 * event loop until something holds, finding widgets, screenshots, the workbench page and perspective, and a results
 * store in a folder of the test. Only test fragments require this bundle (with {@code Require-Bundle}); no feature
 * holds it, so the product never ships it.
 */
package org.cxworkbench.ui.testsupport;
