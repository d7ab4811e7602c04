#!/usr/bin/env bash
# Takes a screenshot of the materialized product's workbench window as a person sees it (the whole virtual
# screen, with the product's CSS theme), for docs/screenshots. Usage: screenshot-product.sh <product folder> <png>
set -euo pipefail
for tool in Xvfb xwininfo import; do
    command -v "$tool" >/dev/null || { echo "screenshot-product.sh: needs $tool (apt-get install xvfb x11-utils imagemagick)" >&2; exit 3; }
done
product=$(cd "${1:?usage: screenshot-product.sh <product folder> <png>}" && pwd -P)
png=${2:?usage: screenshot-product.sh <product folder> <png>}
scratch=$(mktemp -d)
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" "$xvfb" 2>/dev/null; rm -rf "$scratch"' EXIT
sleep 1
DISPLAY=$display XDG_CACHE_HOME="$scratch/cache" CXW_WORKSPACE="$scratch/workspace" "$product/cxworkbench" >"$scratch/log" 2>&1 &
app=$!
for _ in $(seq 60); do
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"CX Workbench"'; then break; fi
    sleep 1
done
sleep 4 # let the first paint and the navigator's content settle
# The window alone (without a window manager it does not fill the virtual screen): the largest mapped top-level
# window titled CX Workbench, cut out of a capture of the whole screen.
geometry=$(DISPLAY=$display xwininfo -root -tree | sed -n 's/.*"CX Workbench".* \([0-9]*x[0-9]*+[0-9]*+[0-9]*\) *+.*/\1/p' \
    | sort -t x -k1,1nr | head -n 1)
DISPLAY=$display import -window root ${geometry:+-crop "$geometry"} +repage "$png"
echo "screenshot: $png"
