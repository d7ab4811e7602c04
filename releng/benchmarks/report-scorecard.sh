#!/usr/bin/env bash
# The journey scorecard over a large results store (default 1,000,000 answers), rendered to HTML and PDF, against
# its anchor measured in the same run: the time of the scorecard's own SQL (the scores computed by the metrics from
# SQL aggregates) plus a BIRT engine start (a new engine rendering an empty design). Goal: at most 1.5x.
# Runs org.cxworkbench.reports.journey.tests.ScorecardBenchmark inside OSGi through Tycho Surefire (BIRT needs its
# platform), on demand only:
#   releng/benchmarks/report-scorecard.sh [answers] [rounds]
# CXW_BENCH_DB=<folder> keeps the generated database between runs (default: target/bench-db of the test bundle).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rows="${1:-1000000}"
rounds="${2:-3}"
db="${CXW_BENCH_DB:-$root/bundles/org.cxworkbench.reports.journey.tests/target/bench-db}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$root"
log="$(mktemp)"
./mvnw -B -o verify -pl bundles/org.cxworkbench.reports.journey.tests -am -Dtest=ScorecardBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
  -Dtycho.testArgLine="-Xmx1g -Dcxw.benchmark.rows=$rows -Dcxw.benchmark.rounds=$rounds -Dcxw.benchmark.db=$db" \
  > "$log" 2>&1 || { tail -50 "$log" >&2; echo "report-scorecard.sh: the build failed (log: $log)" >&2; exit 1; }
grep '^BENCH' "$log" || { echo "report-scorecard.sh: no figures printed (log: $log)" >&2; exit 1; }
