package org.cxworkbench.ui.editor.tests;
final class Placeholder {
}
