#!/usr/bin/env bash
# Runs one JMH benchmark of a module's test sources on one thread: bench/jmh.sh MODULE BENCHMARK [JMH arguments].
# Builds the module and what it depends on first (test classes included), so it needs only a JDK and Maven.
# JMH_JAVA_OPTS passes system properties to the benchmark's JVM. Used by bench/conform.sh, bench/reference.sh and
# bench/copy-rows.sh.
set -euo pipefail
module=$1 benchmark=$2; shift 2
cd "$(dirname "$0")/.."
mvn -B -q test-compile -pl "$module" -am
classpath_file=target/bench-classpath.txt
mvn -B -q dependency:build-classpath -pl "$module" -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
cd "$module"
# shellcheck disable=SC2086 # JMH_JAVA_OPTS holds several options
exec java ${JMH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  org.openjdk.jmh.Main "$benchmark" -f 1 -wi 3 -i 5 -t 1 "$@"
