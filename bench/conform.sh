#!/usr/bin/env bash
# JMH benchmark of the conform hot path (schemas' ConformBenchmark): a 10-field record of mixed types conformed on
# one thread; prints records/s (ops/s). Extra arguments go to JMH, e.g. bench/conform.sh -prof gc.
# Needs only a JDK and Maven; builds the schemas module's classes and test classes first.
set -euo pipefail
cd "$(dirname "$0")/../schemas"
mvn -B -q test-compile
classpath_file=target/bench-classpath.txt
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
exec java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  org.openjdk.jmh.Main ConformBenchmark -f 1 -wi 3 -i 5 -t 1 "$@"
