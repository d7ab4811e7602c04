package org.cxworkbench.ui.drivers.tests;

final class Placeholder {
}
