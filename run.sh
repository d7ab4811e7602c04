#!/usr/bin/env bash
# Starts CX Workbench from this source tree: builds the product when it is missing or older than the sources,
# then opens the workbench window (on $CXW_WORKSPACE, default ~/cxworkbench-workspace). Without a display it runs
# the headless demo instead (`cxw demo`: sample journeys, generated answers, embedded Derby, scores, scorecard as
# HTML and PDF) into $CXW_DEMO (default ~/cxw-demo); arguments go to `cxw demo` then.
# Installs what the machine lacks first (Java 21+, Xvfb, GTK 3, fonts).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
. releng/scripts/prerequisites.sh
cxw_prerequisites
product=releng/org.cxworkbench.product/target/products/org.cxworkbench.product/linux/gtk/x86_64/cxworkbench
# The archive is the last thing a product build writes: sources newer than it mean the product is stale.
# No glob match on a fresh clone: nullglob leaves an empty list instead of failing under pipefail.
shopt -s nullglob
archives=(releng/org.cxworkbench.product/target/products/cxworkbench-*-linux.gtk.x86_64.tar.gz)
shopt -u nullglob
archive=${archives[0]:-}
if [ ! -x "$product/cxworkbench" ] || [ -z "$archive" ] \
    || [ -n "$(find pom.xml .mvn target-platform bundles features releng -type f -newer "$archive" -not -path '*/target/*' -not -name '.polyglot.*' -print -quit)" ]; then
    echo "Building the product (the first time takes several minutes)..." >&2
    ./mvnw -B -q clean verify -DskipTests
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$product/cxworkbench" "$@"
fi
echo "No display: running the headless demo (the workbench window needs a display, e.g. xvfb-run -a ./run.sh)." >&2
if [ $# -eq 0 ]; then
    set -- "${CXW_DEMO:-$HOME/cxw-demo}"
fi
exec "$product/cxw" demo "$@"
