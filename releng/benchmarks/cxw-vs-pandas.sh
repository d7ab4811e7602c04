#!/usr/bin/env bash
# cxw against the tools researchers already use (issue 16), all figures from one run, each pair in turn:
#  - NPS with Wald SE and 95 % interval per touchpoint of a generated 1,000,000-row CSV: pandas (Debian's
#    python3-pandas, installed here when run as root and missing) against
#    `cxw score --metric nps --file f.csv --column score --by touchpoint --format csv`; wall time and peak RSS
#    (/usr/bin/time), medians of ROUNDS runs (default 3), and the ratios cxw/pandas;
#  - `cxw --version` and `cxw score --help`, median of 5;
#  - `cxw validate` of a sample journey and `cxw score --journey` on the demo store, median of 3.
# The CSV is generated once and kept in BENCH_DIR (default ~/.cache/cxworkbench-bench).
# Usage: releng/benchmarks/cxw-vs-pandas.sh [rows]     (CXW_PRODUCT=<product folder> to measure another product;
#        CXW_BASELINE=<product folder> measures that product's cxw too, in turn with ours: before and after)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
product="${CXW_PRODUCT:-$root/releng/org.cxworkbench.product/target/products/org.cxworkbench.product/linux/gtk/x86_64/cxworkbench}"
cxw="$product/cxw"
[[ -x "$cxw" ]] || { echo "cxw-vs-pandas.sh: $cxw missing: build the product first (./mvnw -o clean verify -DskipTests)" >&2; exit 3; }
[[ -x /usr/bin/time ]] || { echo "cxw-vs-pandas.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 3; }
rows="${1:-1000000}"
rounds="${ROUNDS:-3}"
work="${BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cxworkbench-bench}"
mkdir -p "$work"
python=/usr/bin/python3

if ! "$python" -c 'import pandas' 2>/dev/null; then
  if [[ $(id -u) == 0 ]]; then
    echo "cxw-vs-pandas.sh: installing python3-pandas" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-pandas >"$work/apt.log" 2>&1 \
      || { apt-get update -q >>"$work/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-pandas >>"$work/apt.log" 2>&1; } \
      || { echo "cxw-vs-pandas.sh: could not install python3-pandas (see $work/apt.log)" >&2; exit 3; }
  else
    echo "cxw-vs-pandas.sh: needs pandas: apt-get install python3-pandas (or run as root)" >&2
    exit 3
  fi
fi

# The file: one answer per row, 0..10, 12 touchpoints, an id, a date and a channel beside it (about 59 bytes a row).
csv="$work/answers-$rows.csv"
if [[ ! -s "$csv" ]]; then
  "$python" - "$rows" "$csv.tmp" <<'EOF'
import random, sys
rows, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(16)
points = ["Website visit", "Online checkout", "Store visit", "Customer service call", "Delivery", "Returns",
          "Mobile app", "Newsletter", "Invoice", "Chat support", "Installation", "Loyalty programme"]
channels = ["web", "store", "phone", "app", "email"]
weights = [(p, 1 + i % 4) for i, p in enumerate(points)]
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("respondent,touchpoint,channel,answered,score\n")
    lines = []
    for i in range(rows):
        p = points[rnd.randrange(len(points))]
        s = min(10, max(0, int(rnd.gauss(7.2 + points.index(p) % 3 * 0.5, 2.2))))
        lines.append("R%07d,%s,%s,2026-%02d-%02d,%d\n" % (i + 1, p, channels[rnd.randrange(5)],
                                                          1 + rnd.randrange(12), 1 + rnd.randrange(28), s))
        if len(lines) == 10000:
            f.writelines(lines); lines = []
    f.writelines(lines)
EOF
  mv "$csv.tmp" "$csv"
fi

cat >"$work/nps.py" <<'EOF'
import sys
import pandas as pd
d = pd.read_csv(sys.argv[1], usecols=["touchpoint", "score"])
g = d.groupby("touchpoint")["score"]
n = g.count()
pro = g.apply(lambda s: (s >= 9).mean())
det = g.apply(lambda s: (s <= 6).mean())
nps = 100 * (pro - det)
se = 100 * (((pro + det) - (pro - det) ** 2) / n) ** 0.5
out = pd.DataFrame({"n": n, "nps": nps, "se": se, "ci_low": nps - 1.959964 * se, "ci_high": nps + 1.959964 * se})
out.to_csv(sys.stdout, float_format="%.2f")
EOF

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
# measure <label> <command...>: one run; sets $wall (s), $cpu (user + system s) and $rss (peak MB); stdout to
# $work/<label>.out. CPU time says more than wall time on a busy machine.
measure() {
  local label=$1 user sys
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/$label.time" "$@" >"$work/$label.out" 2>"$work/$label.err" \
    || { echo "cxw-vs-pandas.sh: $label failed: $(head -c 300 "$work/$label.err")" >&2; exit 1; }
  read -r wall user sys rss <"$work/$label.time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  rss=$((rss / 1024))
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "cxw-vs-pandas.sh: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(du -m "$csv" | cut -f1) MB, $rows rows"
echo "product: $product"
# one untimed run each: a new configuration area and the AOT cache are made on a first run, not measured here
"$cxw" --version >/dev/null
"$cxw" score --metric nps --file "$csv" --column score --by touchpoint --format csv >/dev/null

baseline="${CXW_BASELINE:+$CXW_BASELINE/cxw}"
[[ -z "$baseline" ]] || "$baseline" --version >/dev/null
# the AOT cache is trained in the background once the first run is over (lib/launch.sh): wait for it (at most 3
# minutes), so that no measured run shares the processor with the training or runs without the cache
for _ in $(seq 180); do
  [[ -z "$(find "${XDG_CACHE_HOME:-$HOME/.cache}/cxworkbench" -path '*-aot/*.training' -mmin -10 2>/dev/null)" ]] && break
  sleep 1
done
pw=(); pc=(); pr=(); cw=(); cc=(); cr=(); bw=(); bc=(); br=()
for _ in $(seq "$rounds"); do
  if [[ -n "$baseline" ]]; then
    measure baseline-score "$baseline" score --metric nps --file "$csv" --column score --by touchpoint --format csv
    bw+=("$wall"); bc+=("$cpu"); br+=("$rss")
  fi
  measure pandas "$python" "$work/nps.py" "$csv"; pw+=("$wall"); pc+=("$cpu"); pr+=("$rss")
  measure cxw-score "$cxw" score --metric nps --file "$csv" --column score --by touchpoint --format csv
  cw+=("$wall"); cc+=("$cpu"); cr+=("$rss")
done
printf '%-40s %8s %8s %8s   %s\n' work wall_s cpu_s rss_mb "(wall of each run)"
printf '%-40s %8s %8s %8s   (%s)\n' "pandas NPS per touchpoint" "$(median "${pw[@]}")" "$(median "${pc[@]}")" \
  "$(median "${pr[@]}")" "${pw[*]}"
printf '%-40s %8s %8s %8s   (%s)\n' "cxw score --file" "$(median "${cw[@]}")" "$(median "${cc[@]}")" \
  "$(median "${cr[@]}")" "${cw[*]}"
[[ -z "$baseline" ]] || printf '%-40s %8s %8s %8s   (%s)\n' "baseline cxw score --file" "$(median "${bw[@]}")" \
  "$(median "${bc[@]}")" "$(median "${br[@]}")" "${bw[*]}"
printf '%-40s %8s %8s %8s\n' "ratio cxw / pandas" "$(ratio "$(median "${cw[@]}")" "$(median "${pw[@]}")")" \
  "$(ratio "$(median "${cc[@]}")" "$(median "${pc[@]}")")" "$(ratio "$(median "${cr[@]}")" "$(median "${pr[@]}")")"
# the same answers: n per touchpoint agree (pandas sorts by name, cxw in its group order)
if ! diff <(tail -n +2 "$work/pandas.out" | cut -d, -f1,2 | sort) \
          <(tail -n +2 "$work/cxw-score.out" | awk -F, '{print $2 "," $3}' | sort) >/dev/null; then
  echo "cxw-vs-pandas.sh: WARNING: cxw and pandas count different n per touchpoint" >&2
fi

short() { # short <label> <runs> <command...>: median wall, cpu and rss of <runs> runs (and the baseline's, in turn)
  local label=$1 runs=$2 w=() c=() r=() v=() d=() q=() arg
  shift 2
  local base=()
  for arg in "$@"; do [[ "$arg" == "$cxw" ]] && base+=("$baseline") || base+=("$arg"); done
  for _ in $(seq "$runs"); do
    if [[ -n "$baseline" ]]; then measure baseline "${base[@]}"; v+=("$wall"); d+=("$cpu"); q+=("$rss"); fi
    measure "$label" "$@"; w+=("$wall"); c+=("$cpu"); r+=("$rss")
  done
  printf '%-40s %8s %8s %8s   (%s)\n' "$label" "$(median "${w[@]}")" "$(median "${c[@]}")" "$(median "${r[@]}")" "${w[*]}"
  [[ -z "$baseline" ]] || printf '%-40s %8s %8s %8s   (%s)\n' "  baseline" "$(median "${v[@]}")" "$(median "${d[@]}")" \
    "$(median "${q[@]}")" "${v[*]}"
}
short "cxw --version" 5 env -u DISPLAY "$cxw" --version
short "cxw score --help" 5 env -u DISPLAY "$cxw" score --help
journey="$root/bundles/org.cxworkbench.core/samples/retail-b2c.journey"
short "cxw validate (retail-b2c)" 3 "$cxw" validate "$journey"
if [[ ! -d "$work/demo/results" ]]; then
  "$cxw" demo "$work/demo" --rows 3000 >/dev/null 2>"$work/demo.err" || { echo "cxw demo failed: $(cat "$work/demo.err")" >&2; exit 1; }
fi
short "cxw score --journey (demo store)" 3 "$cxw" score --journey "$work/demo/journeys/retail-b2c.journey" \
  --db "$work/demo/results" --format csv
