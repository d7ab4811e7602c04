#!/usr/bin/env bash
# Tests the materialized product the way a user meets it: the launch scripts `cxw` and `cxworkbench`, with and
# without a display, and the archive. Usage: test-product.sh <product folder>
set -uo pipefail
product=${1:?usage: test-product.sh <product folder>}
product=$(cd "$product" && pwd -P)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A user of its own: configuration areas and the workspace land in the scratch folder, not in ~.
export XDG_CACHE_HOME="$scratch/cache" CXW_WORKSPACE="$scratch/workspace"
passed=0 failed=0

. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/product-checks.sh"

echo "Product tests in $product"
run env -u DISPLAY -u WAYLAND_DISPLAY "$product/cxw" --help
check "cxw --help without a display exits 0 with the usage on stdout and nothing on stderr" \
    eval 'code 0 && out_starts "Usage: cxw <command>" && err_empty'

run env -u DISPLAY "$product/cxw" --version
check "cxw --version prints the build's version" eval 'code 0 && out_starts "cxw 0\.1\.0\."'

run env -u DISPLAY "$product/cxw" frobnicate
check "an unknown command exits 2 with one line on stderr" \
    eval "code 2 && out_empty && err_one_line \"^cxw: unknown command 'frobnicate'\""

# POI and BIRT log through SLF4J: its provider must be found (SPI Fly), or slf4j-api prints a warning on stderr
run env -u DISPLAY "$product/cxw" score --metric nps --file "$(dirname "$0")/fixtures/nps-answers.xlsx" --column nps \
    --format csv
check "cxw score reads an XLSX export with a clean stderr (NPS of 9, 3, 10 = 33.3)" \
    eval 'code 0 && err_empty && out_has "^nps,,3,33.33"'

# the whole chain as a user without a display meets it (./run.sh runs this), and BIRT's charts in the product
run env -u DISPLAY "$product/cxw" demo "$scratch/demo" --rows 300
check "cxw demo generates, imports, scores and writes both scorecards as HTML and PDF, stderr free of warnings" \
    eval 'code 0 && out_has "retail-b2c-scorecard.pdf" && ! grep -qE "SEVERE|WARNING|Exception" "$scratch/err" \
        && pdftotext "$scratch/demo/reports/service-b2b-scorecard.pdf" - | grep -q "Journey scorecard" \
        && grep -q "<html" "$scratch/demo/reports/retail-b2c-scorecard.html"'
run env -u DISPLAY "$product/cxw" report touchpoint --journey "$scratch/demo/journeys/retail-b2c.journey" \
    --db "$scratch/demo/results" --touchpoint "Online checkout" --out "$scratch/touchpoint.pdf"
check "cxw report touchpoint draws its two charts (BIRT's chart engine starts in the product)" \
    eval 'code 0 && ! grep -qE "SEVERE|WARNING" "$scratch/err" \
        && [ "$(pdfimages -list "$scratch/touchpoint.pdf" | grep -c " image ")" -ge 2 ]'

run env -u DISPLAY -u WAYLAND_DISPLAY "$product/cxworkbench"
check "cxworkbench without a display exits non-zero with one line naming xvfb-run" \
    eval 'nonzero && out_empty && err_one_line "xvfb-run"'

run_on_display 1600x1000x24 env CXW_VM_ARGS=-Dcxworkbench.benchmark.startup=true "$product/cxworkbench"
check "cxworkbench opens its window under Xvfb and closes cleanly" \
    eval 'code 0 && out_has "cxworkbench: window shown [0-9]* ms after process start"'
check "the workbench created the workspace with its Journeys project and the sample journeys" \
    test -f "$CXW_WORKSPACE/Journeys/retail-b2c.journey"

# -nl fi: the workbench in Finnish on a new workspace, closed as a window manager closes it (WM_DELETE_WINDOW), so
# it saves its layout: the saved model holds the perspective's and our views' labels in the language it ran in. A new
# workspace also gets the sample answers in its embedded store (a small number here), awaited before closing.
fi_workspace="$scratch/workspace-fi"
xmi="$fi_workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
run_on_display 1280x800x24 env CXW_VM_ARGS=-Dcxworkbench.sampleRows=100 \
    "$(dirname "$0")/workbench-session.sh" "$product" --await "$fi_workspace/cxw-results" -data "$fi_workspace" -nl fi
check "cxworkbench -nl fi shows the perspective and the Workspace view in Finnish (labels of the saved layout)" \
    eval 'code 0 && grep -q "label=\"CX-suunnittelu ja -analyysi\"" "$xmi" && grep -q "label=\"Ty&#xf6;tila\"" "$xmi" \
        && ! grep -q "label=\"Workspace\"" "$xmi"'
check "a new workspace got the sample answers in its embedded store" test -d "$fi_workspace/cxw-results/seg0"
# the Eclipse Platform's own views in the same saved layout, in Finnish through our language fragments (issue 15,
# docs/translations.md); their English names must be gone
check "cxworkbench -nl fi names the platform's views in Finnish (Ongelmat, Jäsennys, Ominaisuudet, Edistyminen, Virheloki)" \
    eval 'grep -q "label=\"Ongelmat\"" "$xmi" && grep -q "label=\"J&#xe4;sennys\"" "$xmi" \
        && grep -q "label=\"Ominaisuudet\"" "$xmi" && grep -q "label=\"Edistyminen\"" "$xmi" \
        && grep -q "label=\"Virheloki\"" "$xmi" && ! grep -qE "label=\"(Problems|Outline|Properties|Progress|Error Log)\"" "$xmi"'
# -nl sv: the same in Swedish, on a workspace of its own
sv_workspace="$scratch/workspace-sv"
sv_xmi="$sv_workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
run_on_display 1280x800x24 env CXW_VM_ARGS=-Dcxworkbench.sampleRows=100 \
    "$(dirname "$0")/workbench-session.sh" "$product" --await "$sv_workspace/cxw-results" -data "$sv_workspace" -nl sv
check "cxworkbench -nl sv names our perspective and the platform's views in Swedish (Problem, Disposition, Egenskaper, Förlopp, Fellogg)" \
    eval 'code 0 && grep -q "label=\"CX-design och analys\"" "$sv_xmi" && grep -q "label=\"Arbetsyta\"" "$sv_xmi" \
        && grep -q "label=\"Problem\"" "$sv_xmi" && grep -q "label=\"Disposition\"" "$sv_xmi" \
        && grep -q "label=\"Egenskaper\"" "$sv_xmi" && grep -q "label=\"F&#xf6;rlopp\"" "$sv_xmi" \
        && grep -q "label=\"Fellogg\"" "$sv_xmi" \
        && ! grep -qE "label=\"(Problems|Outline|Properties|Progress|Error Log|Workspace)\"" "$sv_xmi"'

archive=$(ls "$product"/../../../../../cxworkbench-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] && tar -tzf "$archive" >"$scratch/archive-list"
check "the product archive holds both launch scripts" \
    eval 'grep -qx "cxworkbench/cxw" "$scratch/archive-list" && grep -qx "cxworkbench/cxworkbench" "$scratch/archive-list"'

headless_uses_ui() { # prints the bundles of the product's headless feature whose manifests name SWT/JFace/UI
    local feature id jar
    feature=$(ls -d "$product"/features/org.cxworkbench.headless.feature_*/feature.xml | head -n 1)
    for id in $(grep -oE '<plugin[^>]* id="org\.cxworkbench\.[^"]*"' "$feature" | sed -E 's/.* id="([^"]*)"/\1/'); do
        for jar in "$product"/plugins/"$id"_*.jar; do
            [ -f "$jar" ] || continue
            # manifest lines are wrapped at 72 characters: join them before looking
            unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed ':a;N;$!ba;s/\n //g' \
                | grep -E '^(Require-Bundle|Import-Package|Fragment-Host):' \
                | grep -qE 'org\.eclipse\.(swt|jface|ui)([.;,"]|$)' && basename "$jar"
        done
    done
    return 0
}
check "no headless bundle of the product requires SWT, JFace or the workbench" \
    eval '[ -z "$(headless_uses_ui)" ] && [ -n "$(ls "$product"/plugins/org.cxworkbench.core_*.jar)" ] \
        && [ -n "$(ls "$product"/plugins/org.cxworkbench.diagram_*.jar)" ]'

# the journey map drawn headless: the drawing bundle and Batik resolve in the product without SWT or a display
run env -u DISPLAY -u WAYLAND_DISPLAY "$product/cxw" map "$scratch/demo/journeys/retail-b2c.journey" \
    --out "$scratch/retail.png" --scale 2
check "cxw map draws a journey as PNG without a display, stderr clean" \
    eval 'code 0 && err_empty && out_has "retail.png" && [ "$(head -c 4 "$scratch/retail.png" | tail -c 3)" = "PNG" ]'
run env -u DISPLAY "$product/cxw" map "$scratch/demo/journeys/service-b2b.journey" --out "$scratch/b2b.svg" \
    --hide measurement-points
check "cxw map draws a journey as SVG that names its stages" \
    eval 'code 0 && err_empty && grep -q "Onboarding" "$scratch/b2b.svg"'

# the launch cache (lib/launch.sh): written by the runs above, used by the next; this run's own JVM options still
# apply; a damaged cache is worked out anew, not trusted
launch_cache=$(ls "$XDG_CACHE_HOME/cxworkbench/launch/"*cxw 2>/dev/null | head -n 1)
check "cxw keeps its worked-out command line in the launch cache" \
    eval '[ -n "$launch_cache" ] && grep -q "^T org.cxworkbench.cli.internal.launch.CxwMain$" "$launch_cache" \
        && grep -q "^end$" "$launch_cache"'
run env -u DISPLAY CXW_VM_ARGS=-showversion "$product/cxw" --version
check "a run from the launch cache takes CXW_VM_ARGS (-showversion prints the JVM's version on stderr)" \
    eval 'code 0 && out_starts "cxw 0\.1\.0\." && grep -q "Runtime Environment" "$scratch/err"'
if [ -n "$launch_cache" ]; then
    printf 'not a launch cache\nH /bin/false\nend\n' >"$launch_cache"
fi
run env -u DISPLAY "$product/cxw" --version
check "a damaged launch cache is not used and gets written again" \
    eval 'code 0 && out_starts "cxw 0\.1\.0\." && err_empty && grep -q "^T org.cxworkbench.cli.internal.launch.CxwMain$" "$launch_cache"'
# the AOT cache (Java 25+: lib/launch.sh made a cxw-aot folder): the background training run after the first run
# (a small score --file) must succeed, or no cache is written
if ls -d "$XDG_CACHE_HOME"/cxworkbench/*/cxw-aot >/dev/null 2>&1; then
    for _ in $(seq 1 240); do
        ls "$XDG_CACHE_HOME"/cxworkbench/*/cxw-aot/*.aot >/dev/null 2>&1 && break
        sleep 1
    done
    check "the AOT cache's training run (a small score --file in the background) writes the cache" \
        eval 'ls "$XDG_CACHE_HOME"/cxworkbench/*/cxw-aot/*.aot >/dev/null 2>&1'
fi

# the results store: kill -9 during an import, a large file in a small heap, the network server
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/test-product-store.sh"

# plug-ins installed without rebuilding (cxw plugins, dropins/), on a copy of the product
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/test-product-plugins.sh"

# ./run.sh as a newcomer runs it: in a fresh clone, before any product is built
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/test-fresh-clone.sh"

# the plug-in guide's outside build: the example built from a copy of the SDK template against the SDK repository
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/test-sdk-build.sh"
# the Eclipse help system (issue 15): help UI and webapp, Jetty 12 with Jasper, and help's Lucene 10 beside text's 9
# (the product starts through simpleconfigurator: its bundle list is bundles.info, "name,version,location,...")
bundles_info="$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
check "the product installs the help system: help.ui, help.webapp, Jetty, Jasper, Lucene 10 beside Lucene 9" \
    eval '( for b in org.eclipse.help.ui, org.eclipse.help.webapp, org.eclipse.equinox.http.jetty, \
        org.eclipse.jetty.server, org.mortbay.jasper.apache-jsp, org.eclipse.jdt.core.compiler.batch, \
        org.apache.lucene.core,10 wrapped.org.apache.lucene.lucene-core,9; do
        grep -q "^$b" "$bundles_info" || { echo "missing: $b" >&2; exit 1; }; done )'

echo "product: $passed passed, $failed failed"
[ "$failed" = 0 ]
