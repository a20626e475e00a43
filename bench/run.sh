#!/usr/bin/env bash
# Builds the benchmark module and runs JMH. Arguments go to JMH (a benchmark name regex first).
# Example: ./bench/run.sh DecodeBenchmark -rf json -rff /tmp/decode.json
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# reuse the launcher's JDK discovery
JAVA="$(bash -c 'source <(sed -n "/^java_major()/,/^}/p;/^find_java()/,/^}/p" ./tidewatch); MIN_JAVA=21; find_java')"
JDK_HOME="$(cd "$(dirname "$JAVA")/.." && pwd)"
JAVA_HOME="$JDK_HOME" mvn -q -B -DskipTests -Dspotless.check.skip=true install -pl bench -am
CP="bench/target/tidewatch-bench-0.1.0-SNAPSHOT.jar:$(ls bench/target/lib/*.jar | tr '\n' ':')"
exec "$JAVA" -Dtidewatch.corpus="${TIDEWATCH_CORPUS:-$ROOT/../shared/corpus}" -cp "$CP" org.openjdk.jmh.Main "$@"
