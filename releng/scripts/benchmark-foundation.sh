#!/usr/bin/env bash
# Figures for docs/benchmarks.md: cold and warm build times, the product's size, and the start-up times of the
# workbench (process start to window shown, under Xvfb) and of cxw. Run on demand, not in the tests:
#   releng/scripts/benchmark-foundation.sh [runs]      (default 5 start-ups each)
#   releng/scripts/benchmark-foundation.sh --startup-only [runs]   (the built product's start-up times only)
# The cold build uses an empty local Maven repository in a temporary folder, so it downloads the whole target
# platform from Maven Central, as CI's first run on a new machine does.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
. releng/scripts/prerequisites.sh
cxw_prerequisites
startup_only=""
if [ "${1:-}" = "--startup-only" ]; then
    startup_only=yes
    shift
fi
runs=${1:-5}
product=releng/org.cxworkbench.product/target/products/org.cxworkbench.product/linux/gtk/x86_64/cxworkbench
seconds() { local start=$SECONDS; "$@" >/dev/null 2>&1; echo $((SECONDS - start)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, Java $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
if [ -z "$startup_only" ]; then
empty_repo=$(mktemp -d)
echo "cold build (empty Maven repository, no tests): $(seconds ./mvnw -B clean verify -DskipTests -Dmaven.repo.local="$empty_repo") s"
echo "  downloaded: $(du -sh "$empty_repo" | cut -f1) in $(find "$empty_repo" -type f -name '*.jar' | wc -l) jars"
rm -rf "$empty_repo"
echo "warm build (offline, no tests): $(seconds ./mvnw -B -o clean verify -DskipTests) s"
fi
echo "product folder: $(du -sh "$product" | cut -f1), $(ls "$product/plugins" | wc -l) plug-ins"
echo "product archive: $(du -h "$product"/../../../../../cxworkbench-*-linux.gtk.x86_64.tar.gz | cut -f1)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CACHE_HOME="$scratch/cache"
shown=()
for i in $(seq "$runs"); do
    # The window reports the JVM's uptime when its first paint is through, then closes the workbench.
    line=$(CXW_WORKSPACE="$scratch/ws$i" CXW_VM_ARGS=-Dcxworkbench.benchmark.startup=true \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$product/cxworkbench" 2>/dev/null | grep 'window shown')
    shown+=("$(echo "$line" | sed 's/.*shown \([0-9]*\) ms.*/\1/')")
done
echo "workbench start to window shown (ms, $runs runs, first run with a new configuration area): ${shown[*]}; median $(printf '%s\n' "${shown[@]}" | median)"
cli=()
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    env -u DISPLAY "$product/cxw" --version >/dev/null
    cli+=($(( ($(date +%s%N) - start) / 1000000 )))
done
echo "cxw --version wall time (ms, $runs runs): ${cli[*]}; median $(printf '%s\n' "${cli[@]}" | median)"
