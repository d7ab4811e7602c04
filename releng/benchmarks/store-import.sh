#!/usr/bin/env bash
# The results store, measured on generated answers (issue 6), all figures from one run:
#  (a) `cxw import` (validating, -Xmx256m) against Derby's own import procedure loading the same stored rows into
#      the same tables (respondents and answers, same DDL and indexes), with our peak heap from the GC log;
#  (b) NPS with its confidence interval per touchpoint x month through StoreScoring against the plain SQL GROUP BY
#      that counts the same categories (org.cxworkbench.store.tests.bench.ScoringBenchmark, medians of 15 rounds);
# for each row count given (default 100000 300000 1000000), to show how the cost grows. ROUNDS=<n> runs both
# imports n times, one after the other, and reports the medians (this machine is noisy).
#
# Needs the built product (./mvnw -o clean verify, or -DskipTests) and the classes in bundles/*/target/classes.
# Usage: releng/benchmarks/store-import.sh [rows ...]     (BENCH_DIR=<folder> keeps the files there)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
product="${CXW_PRODUCT:-$root/releng/org.cxworkbench.product/target/products/org.cxworkbench.product/linux/gtk/x86_64/cxworkbench}"
cxw="$product/cxw"
[[ -x "$cxw" ]] || { echo "store-import.sh: $cxw missing: build the product first" >&2; exit 3; }
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
derby="$m2/org/apache/derby"
derbycp="$derby/derby/10.17.1.0/derby-10.17.1.0.jar:$derby/derbyshared/10.17.1.0/derbyshared-10.17.1.0.jar:$derby/derbytools/10.17.1.0/derbytools-10.17.1.0.jar"
cp="$derbycp"
for bundle in model model.edit core metrics metrics.builtin store store.tests; do
  dir="$root/bundles/org.cxworkbench.$bundle/target/classes"
  [[ -d "$dir" ]] || { echo "store-import.sh: $dir missing: build first" >&2; exit 3; }
  cp="$cp:$dir"
done
for jar in eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
           eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
           eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
           eclipse/emf/org.eclipse.emf.edit/2.23.0/org.eclipse.emf.edit-2.23.0.jar \
           apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar; do
  [[ -f "$m2/org/$jar" ]] || { echo "store-import.sh: $m2/org/$jar missing (run the build once online)" >&2; exit 3; }
  cp="$cp:$m2/org/$jar"
done
journey="$root/bundles/org.cxworkbench.core/samples/retail-b2c.journey"
work="${BENCH_DIR:-$(mktemp -d /tmp/cxw-store-bench.XXXXXX)}"
mkdir -p "$work"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100000 300000 1000000)

ij() { "$java" -cp "$derbycp" -Dderby.stream.error.file="$work/derby.log" org.apache.derby.tools.ij "$1"; }
now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
rounds="${ROUNDS:-1}"

echo "store-import.sh: files in $work; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$java" -version 2>&1 | head -1)"
printf '%-9s %-10s %-9s %-9s %-10s %-10s %-8s %-8s %-9s %-9s %-8s %-7s\n' rows answers ours_s ours_wall derby_s \
  ratio peak_mb live_mb score_ms sql_ms ratio same
for n in "${sizes[@]}"; do
  csv="$work/answers-$n.csv"
  [[ -f "$csv" ]] || "$cxw" generate --journey "$journey" --rows "$n" --seed 1 --months 12 --out "$csv" >/dev/null

  ours_runs=(); wall_runs=(); derby_runs=()
  for round in $(seq 1 "$rounds"); do
  # (a) ours: the product's cxw import, validating every row, in 256 MB of heap; GC log for the peak
  rm -rf "$work/ours-$n" "$work/gc-$n.log"
  t0=$(now)
  CXW_VM_ARGS="-Xmx256m -Xlog:gc:file=$work/gc-$n.log" "$cxw" import "$csv" --journey "$journey" \
    --mapping "$work/answers-$n.mapping" --db "$work/ours-$n" >"$work/import-$n.out" 2>"$work/import-$n.err"
  t1=$(now)
  ours_runs+=("$(grep -o 'in [0-9.]* s (batch' "$work/import-$n.out" | awk '{print $2}')")
  wall_runs+=("$(echo "$t1 - $t0" | bc)")
  # heap in use before each collection; the largest is the peak (to within one young generation)
  peak=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$work/gc-$n.log" | sed 's/M->.*//' | sort -n | tail -1)
  # heap still in use after each collection; the largest is what the import really holds
  live=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$work/gc-$n.log" | sed 's/.*->\([0-9]*\)M.*/\1/' | sort -n | tail -1)

  # the stored rows, exported by Derby, are what Derby's import loads (once: every round stores the same)
  if [[ $round == 1 ]]; then
  cat >"$work/export-$n.sql" <<EOF
connect 'jdbc:derby:$work/ours-$n';
CALL SYSCS_UTIL.SYSCS_EXPORT_QUERY('select respondent_key, batch_id, segment, account, contact from respondents', '$work/respondents-$n.del', null, null, 'UTF-8');
CALL SYSCS_UTIL.SYSCS_EXPORT_QUERY('select measurement_point_id, respondent_key, answered_at, channel, value_num, value_text, language, weight, batch_id, source_file, source_line from answers', '$work/answers-$n.del', null, null, 'UTF-8');
select count(*) from answers;
connect 'jdbc:derby:$work/ours-$n;shutdown=true';
EOF
  rm -f "$work/respondents-$n.del" "$work/answers-$n.del"
  ij "$work/export-$n.sql" >"$work/export-$n.log" 2>&1
  answers=$(awk '/^-+ *$/ {getline; print $1}' "$work/export-$n.log" | tail -1)
  fi

  # (a) Derby: the same schema (made by cxw import of a one-row file, then emptied), loaded by its import procedure
  # (SYSCS_IMPORT_DATA: SYSCS_IMPORT_TABLE with a column list, since the ids are generated always)
  rm -rf "$work/derby-$n"
  [[ -f "$work/one.csv" ]] || "$cxw" generate --journey "$journey" --rows 1 --seed 2 --out "$work/one.csv" >/dev/null
  "$cxw" import "$work/one.csv" --journey "$journey" --mapping "$work/one.mapping" --db "$work/derby-$n" >/dev/null 2>&1
  cat >"$work/load-$n.sql" <<EOF
connect 'jdbc:derby:$work/derby-$n';
delete from answers;
delete from respondents;
elapsedtime on;
CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(null, 'RESPONDENTS', 'RESPONDENT_KEY,BATCH_ID,SEGMENT,ACCOUNT,CONTACT', null, '$work/respondents-$n.del', null, null, 'UTF-8', 0);
CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(null, 'ANSWERS', 'MEASUREMENT_POINT_ID,RESPONDENT_KEY,ANSWERED_AT,CHANNEL,VALUE_NUM,VALUE_TEXT,LANGUAGE,WEIGHT,BATCH_ID,SOURCE_FILE,SOURCE_LINE', null, '$work/answers-$n.del', null, null, 'UTF-8', 0);
elapsedtime off;
select count(*) from answers;
connect 'jdbc:derby:$work/derby-$n;shutdown=true';
EOF
  ij "$work/load-$n.sql" >"$work/load-$n.log" 2>&1
  derby_ms=$(grep -o 'ELAPSED TIME = [0-9]*' "$work/load-$n.log" | awk '{s += $4} END {print s}')
  loaded=$(awk '/^-+ *$/ {getline; print $1}' "$work/load-$n.log" | tail -1)
  [[ "$loaded" == "$answers" ]] || { echo "store-import.sh: Derby loaded $loaded answers, ours stored $answers" >&2; exit 1; }
  derby_runs+=("$(echo "scale=2; $derby_ms / 1000" | bc)")
  done
  ours=$(median "${ours_runs[@]}")
  ours_wall=$(median "${wall_runs[@]}")
  derby_s=$(median "${derby_runs[@]}")
  # throughput ours / throughput Derby = Derby's time / our time (same rows), of the medians
  ratio_a=$(echo "scale=3; $derby_s / $ours" | bc)

  # (b) scoring: StoreScoring against plain SQL, on our store
  line=$("$java" -cp "$cp" -Dderby.stream.error.file="$work/derby.log" \
    org.cxworkbench.store.tests.bench.ScoringBenchmark "$work/ours-$n" "$journey" 15)
  score_ms=$(sed 's/.*storescoring_ms=\([0-9.]*\).*/\1/' <<<"$line")
  sql_ms=$(sed 's/.*plainsql_ms=\([0-9.]*\).*/\1/' <<<"$line")
  ratio_b=$(sed 's/.*ratio=\([0-9.]*\).*/\1/' <<<"$line")
  same=$(sed 's/.*same_counts=\([a-z]*\).*/\1/' <<<"$line")
  printf '%-9s %-10s %-9s %-9.1f %-10s %-10s %-8s %-8s %-9s %-9s %-8s %-7s\n' "$n" "$answers" "$ours" "$ours_wall" \
    "$derby_s" "$ratio_a" "$peak" "$live" "$score_ms" "$sql_ms" "$ratio_b" "$same"
done
echo "rounds per size: $rounds (medians)"
echo "ours_s: cxw import's own time (read, validate, store, commit); ours_wall: the whole cxw process; derby_s: Derby's"
echo "import of the same respondents and answers; ratio = ours/Derby throughput; peak_mb/live_mb: largest heap in"
echo "use before/after a GC, of -Xmx256m; score_ms/sql_ms: medians of 15 rounds, NPS per touchpoint x month;"
echo "ratio = score/sql"
