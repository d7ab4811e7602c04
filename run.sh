#!/usr/bin/env bash
# Starts CX Workbench from this source tree: builds the product when it is missing or older than the sources,
# then opens the workbench window (on $CXW_WORKSPACE, default ~/cxworkbench-workspace). Without a display it runs
# the headless command line instead. Installs what the machine lacks first (Java 21+, Xvfb, GTK 3, fonts).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
. releng/scripts/prerequisites.sh
cxw_prerequisites
product=releng/org.cxworkbench.product/target/products/org.cxworkbench.product/linux/gtk/x86_64/cxworkbench
stamp=releng/org.cxworkbench.product/target/.built-from-sources
if [ ! -x "$product/cxworkbench" ] || [ ! -e "$stamp" ] \
    || [ -n "$(find pom.xml .mvn target-platform bundles features releng -newer "$stamp" -not -path '*/target/*' -print -quit)" ]; then
    echo "Building the product (first time: several minutes)..." >&2
    ./mvnw -B -q clean verify -DskipTests
    touch "$stamp"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$product/cxworkbench" "$@"
fi
echo "No display: here is the command line (the workbench window needs a display, e.g. xvfb-run -a ./run.sh)." >&2
"$product/cxw" --version
exec "$product/cxw" --help
