#!/usr/bin/env bash
# JMH benchmark of region name -> code lookups (schemas' ReferenceBenchmark) in the real Kemendagri 2025 index read from
# ../shared/data/wilayah/cahyadsn, on one thread; prints lookups/s (ops/s). Extra arguments go to JMH, e.g. -prof gc.
# Needs only a JDK and Maven (bench/jmh.sh builds what it runs).
shared=${SHARED_DATA_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/shared/data}
JMH_JAVA_OPTS="-Dshared.data.dir=$shared" exec "$(dirname "$0")/jmh.sh" schemas ReferenceBenchmark "$@"
