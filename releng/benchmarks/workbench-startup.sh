#!/usr/bin/env bash
# The workbench's cold start to its first painted window (issue 15), against a bare RCP application built in the same
# reactor and shipped in the same product (bundle org.cxworkbench.benchmark.rcp: one empty window, no views, no
# state). Both start through the product's own launch code (lib/launch.sh) with the same JVM and bundles; each run
# gets a new configuration area and a new workspace, so every start is a first start (the operating system's file
# cache stays warm: run once before measuring on a freshly booted machine). The runs alternate, so a busy machine
# slows both alike; the figure to read is the ratio of the medians.
#
# Usage: releng/benchmarks/workbench-startup.sh [runs] [product folder]
#   (default 7 runs, the product built by ./mvnw -o clean verify -DskipTests). On a shared machine use "nice -n 19".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs=${1:-7}
product=${2:-$root/releng/org.cxworkbench.product/target/products/org.cxworkbench.product/linux/gtk/x86_64/cxworkbench}
[ -x "$product/cxworkbench" ] || { echo "workbench-startup.sh: no product in $product (build it: ./mvnw -o -B clean verify -DskipTests)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "workbench-startup.sh: needs xvfb-run (apt-get install xvfb)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# start <label> <application id> <run>: prints the milliseconds from process start to the first painted window
start() {
    local label=$1 application=$2 i=$3 out
    out=$(CXW_CONFIGURATION="$scratch/configuration-$label-$i" CXW_VM_ARGS=-Dcxworkbench.benchmark.startup=true \
        xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '. "$1/lib/launch.sh" && cxw_launch cxworkbench "$2" workbench "$3"' \
        start "$product" "$application" "$scratch/workspace-$label-$i" 2>"$scratch/err-$label-$i") || true
    printf '%s\n' "$out" | sed -n 's/.*window shown \([0-9]*\) ms after process start.*/\1/p'
}

cx=() bare=()
for i in $(seq "$runs"); do
    b=$(start bare org.cxworkbench.benchmark.rcp.bare "$i")
    c=$(start cx org.cxworkbench.ui.application "$i")
    [ -n "$b" ] || { echo "workbench-startup.sh: the bare RCP application did not show its window:" >&2; cat "$scratch/err-bare-$i" >&2; exit 1; }
    [ -n "$c" ] || { echo "workbench-startup.sh: CX Workbench did not show its window:" >&2; cat "$scratch/err-cx-$i" >&2; exit 1; }
    bare+=("$b") cx+=("$c")
done
bm=$(printf '%s\n' "${bare[@]}" | median)
cm=$(printf '%s\n' "${cx[@]}" | median)
echo "workbench-startup: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -version 2>&1 | head -n 1)"
echo "bare RCP application, ms to first window ($runs cold starts): ${bare[*]}; median $bm"
echo "CX Workbench, ms to first window ($runs cold starts): ${cx[*]}; median $cm"
echo "ratio CX Workbench / bare RCP: $(awk -v c="$cm" -v b="$bm" 'BEGIN {printf "%.2f", c / b}')"
