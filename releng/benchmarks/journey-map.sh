#!/usr/bin/env bash
# Times the journey map of a generated journey (default 1000 touchpoints, 3000 paths, 20 stages): the layout (ELK up
# to 300 touchpoints, JourneyLayout's column layout above)
# into a new notation, the scene built from it and the scene painted to SVG; the first run in a fresh JVM, then the
# median of warm runs. Runs org.cxworkbench.diagram.tests.MapBenchmark with the classes of the last build, outside
# OSGi (the drawing core does not need it; this keeps the JVM start-up out of the figures). Run after a build
# (./mvnw -o verify -pl bundles/org.cxworkbench.diagram.tests -am), then
#   releng/benchmarks/journey-map.sh [touchpoints paths rounds]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
m2="$repo/org/eclipse"
cp=""
for bundle in org.cxworkbench.model org.cxworkbench.model.edit org.cxworkbench.core org.cxworkbench.layout \
              org.cxworkbench.diagram org.cxworkbench.diagram.tests; do
  dir="$root/bundles/$bundle/target/classes"
  [[ -d "$dir" ]] || { echo "journey-map.sh: $dir missing: build first" >&2; exit 3; }
  cp="$cp:$dir"
done
# the versions the target platform resolves (EMF, ELK and what they need; NLS from the OSGi framework jar)
for jar in emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
           emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
           emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
           emf/org.eclipse.emf.edit/2.23.0/org.eclipse.emf.edit-2.23.0.jar \
           elk/org.eclipse.elk.core/0.12.1/org.eclipse.elk.core-0.12.1.jar \
           elk/org.eclipse.elk.graph/0.12.1/org.eclipse.elk.graph-0.12.1.jar \
           elk/org.eclipse.elk.alg.common/0.12.1/org.eclipse.elk.alg.common-0.12.1.jar \
           elk/org.eclipse.elk.alg.layered/0.12.1/org.eclipse.elk.alg.layered-0.12.1.jar \
           xtext/org.eclipse.xtext.xbase.lib/2.43.0/org.eclipse.xtext.xbase.lib-2.43.0.jar \
           platform/org.eclipse.osgi/3.24.300/org.eclipse.osgi-3.24.300.jar; do
  [[ -f "$m2/$jar" ]] || { echo "journey-map.sh: $m2/$jar missing (run the build once online)" >&2; exit 3; }
  cp="$cp:$m2/$jar"
done
# ELK's core uses Guava
for jar in com/google/guava/guava/33.8.0-jre/guava-33.8.0-jre.jar com/google/guava/failureaccess/1.0.3/failureaccess-1.0.3.jar; do
  [[ -f "$repo/$jar" ]] || { echo "journey-map.sh: $repo/$jar missing (run the build once online)" >&2; exit 3; }
  cp="$cp:$repo/$jar"
done
exec "$java" -Djava.awt.headless=true -cp "${cp#:}" org.cxworkbench.diagram.tests.MapBenchmark "$@"
