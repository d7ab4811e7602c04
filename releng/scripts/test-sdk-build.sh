# Sourced by test-product.sh (needs $scratch, check, run from product-checks.sh): the plug-in guide's build section,
# done as a team outside this repository would do it. A copy of the SDK template (releng/sdk) in a temp folder gets a
# copy of the example plug-in and its tests, and builds with its Maven wrapper, offline, against the SDK repository
# built by the reactor (releng/org.cxworkbench.sdk.repository) and nothing else (tycho.localArtifacts=ignore).
sdk_root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd -P)
sdk_repository="$sdk_root/releng/org.cxworkbench.sdk.repository/target/repository"
sdk_build="$scratch/outside/my-metrics"
mkdir -p "$sdk_build/bundles"
cp -r "$sdk_root/releng/sdk/." "$sdk_build/"
for sdk_bundle in org.cxworkbench.example.metric org.cxworkbench.example.metric.tests; do
    (cd "$sdk_root/examples/$sdk_bundle" && tar --exclude=./target --exclude=./bin -cf - .) |
        (mkdir -p "$sdk_build/bundles/$sdk_bundle" && cd "$sdk_build/bundles/$sdk_bundle" && tar -xf -)
done
run env -C "$sdk_build" JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" ./mvnw -o -B verify \
    "-Dcxw.sdk=file:$sdk_repository"
check "the example plug-in builds and passes its tests outside the reactor, from the SDK template and repository" \
    eval 'code 0 && grep -q "Tests run: [1-9]" "$scratch/out" && ls "$sdk_build"/bundles/org.cxworkbench.example.metric/target/org.cxworkbench.example.metric-*.jar >/dev/null'
