#!/usr/bin/env bash
# Starts the product's workbench on the current X display, waits for its window, optionally for a file to appear,
# then closes the window as a window manager's close button does (WM_DELETE_WINDOW, so the workbench saves its
# layout), and exits with the workbench's exit code (124 when the window did not show or the workbench did not end).
# Usage: workbench-session.sh <product folder> [--await <file>] [workbench arguments...]
set -uo pipefail
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
product=${1:?usage: workbench-session.sh <product folder> [--await <file>] [arguments...]}
shift
await=""
if [ "${1:-}" = "--await" ]; then
    await=$2
    shift 2
fi
"$product/cxworkbench" "$@" &
app=$!
window=""
for _ in $(seq 120); do
    # the workbench window: the wide top-level titled CX Workbench (GTK's leader and limbo windows are 200x200)
    window=$(xwininfo -root -tree 2>/dev/null | grep '"CX Workbench' \
        | sed -n 's/^ *\(0x[0-9a-f]*\) .* \([0-9]*\)x[0-9]*+[0-9-]*+[0-9-]* .*/\2 \1/p' | awk '$1 >= 640 { print $2 }' \
        | head -n 1)
    [ -n "$window" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
done
if [ -z "$window" ]; then
    echo "workbench-session.sh: no workbench window appeared" >&2
    kill "$app" 2>/dev/null
    wait "$app"
    exit 124
fi
if [ -n "$await" ]; then
    for _ in $(seq 240); do
        [ -e "$await" ] && break
        sleep 0.5
    done
fi
sleep 2 # the first paint and the navigator's content
python3 "$here/x11-close-window.py" "$window" || { kill "$app"; wait "$app"; exit 124; }
for _ in $(seq 120); do
    kill -0 "$app" 2>/dev/null || break
    sleep 0.5
done
if kill -0 "$app" 2>/dev/null; then
    echo "workbench-session.sh: the workbench did not end after its window was closed" >&2
    kill "$app"
    wait "$app"
    exit 124
fi
wait "$app"
