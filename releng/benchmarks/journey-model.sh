#!/usr/bin/env bash
# Times load, validate and save of a generated journey (default 1000 touchpoints, 3000 paths) with the classes of
# the last build, outside OSGi (the code under test does not use OSGi; this keeps the JVM start-up out of the
# figures). Run after a build: ./mvnw -o clean verify, then releng/benchmarks/journey-model.sh [touchpoints paths rounds]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
m2="${MAVEN_REPO:-$HOME/.m2/repository}/org/eclipse"
cp=""
for bundle in org.cxworkbench.model org.cxworkbench.model.edit org.cxworkbench.core org.cxworkbench.core.tests; do
  dir="$root/bundles/$bundle/target/classes"
  [[ -d "$dir" ]] || { echo "journey-model.sh: $dir missing: build first" >&2; exit 3; }
  cp="$cp:$dir"
done
# the EMF versions of target-platform/cxworkbench.target
for jar in emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
           emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
           emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
           emf/org.eclipse.emf.edit/2.23.0/org.eclipse.emf.edit-2.23.0.jar; do
  [[ -f "$m2/$jar" ]] || { echo "journey-model.sh: $m2/$jar missing (run the build once online)" >&2; exit 3; }
  cp="$cp:$m2/$jar"
done
exec "$java" -cp "${cp#:}" org.cxworkbench.core.tests.journey.JourneyBenchmark "$@"
