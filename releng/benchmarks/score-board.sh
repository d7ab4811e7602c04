#!/usr/bin/env bash
# The map overlay's refresh (issue 15): ScoreBoard.journey (every touchpoint and stage of a journey with one
# measurement point per touchpoint, this month and the previous one) against the plain SQL GROUP BY counting the same
# answers per point and value, on a store filled by the Importer from rows made in memory (no CSV); medians of the
# rounds after two warm-up rounds, inside OSGi (the services tests' ScoreBoardBenchmarkTest, which by default runs
# small). The importer fills the answer summary (schema step 7) that the refresh reads. Prints the test's
# "score-board:" (refresh wall and CPU time, plain GROUP BY, ratio, goal met or missed), "score-board-queries:"
# (each month from the summary, from the answers, plainly counted) and "score-board-process:" (peak RSS, load)
# lines. On a shared machine run it with "nice -n 19". The project's test timeout is 900 s per test runtime: at
# full size under heavy load the run can be killed before it prints.
#
# Usage: releng/benchmarks/score-board.sh [touchpoints answers rounds]     (default 1000 1000000 9)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export CXW_BENCH_TOUCHPOINTS="${1:-1000}" CXW_BENCH_ANSWERS="${2:-1000000}" CXW_BENCH_ROUNDS="${3:-9}"
cd "$root"
echo "score-board.sh: $CXW_BENCH_TOUCHPOINTS touchpoints, $CXW_BENCH_ANSWERS answers, $CXW_BENCH_ROUNDS rounds;" \
  "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -o -B -q verify -pl bundles/org.cxworkbench.services.tests -am -Dtest=ScoreBoardBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -a '^score-board\|FAIL\|Tests run\|Timeout' || true
