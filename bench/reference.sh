#!/usr/bin/env bash
# JMH benchmark of region name -> code lookups (schemas' ReferenceBenchmark) in the real Kemendagri 2025 index read from
# ../shared/data/wilayah/cahyadsn, on one thread; prints lookups/s (ops/s). Extra arguments go to JMH, e.g. -prof gc.
# Needs only a JDK and Maven; builds the schemas module's classes and test classes first.
set -euo pipefail
cd "$(dirname "$0")/../schemas"
mvn -B -q test-compile
classpath_file=target/bench-classpath.txt
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
exec java -Dshared.data.dir="${SHARED_DATA_DIR:-$(cd ../.. && pwd)/shared/data}" \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  org.openjdk.jmh.Main ReferenceBenchmark -f 1 -wi 3 -i 5 -t 1 "$@"
