#!/usr/bin/env bash
# Runs every test of CX Workbench on this machine: the OSGi tests of every bundle (JUnit 5 in Tycho Surefire,
# the UI tests in a real workbench under Xvfb), then the built product's launch scripts. Installs what the
# machine lacks first (Java 21+, Xvfb, GTK 3, fonts). Extra arguments go to Maven, e.g. ./test.sh -o
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
. releng/scripts/prerequisites.sh
cxw_prerequisites
echo "Java: $JAVA_HOME" >&2
# One virtual display for the whole build; its size fits the workbench window of the screenshots.
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
releng/scripts/test-product.sh releng/org.cxworkbench.product/target/products/org.cxworkbench.product/linux/gtk/x86_64/cxworkbench
