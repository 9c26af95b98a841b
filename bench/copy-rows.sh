#!/usr/bin/env bash
# JMH benchmark of a PostgreSQL load's batch preparation (catalog's CopyRowsBenchmark): the binary COPY rows of the
# dataset table and the change log's segments with each record's Avro payload, for 5,000 records of bench/load.sh's
# schema, on one thread; prints records/s (ops/s). Extra arguments go to JMH, e.g. bench/copy-rows.sh -prof gc.
# Needs only a JDK and Maven (bench/jmh.sh builds what it runs).
root=$(cd "$(dirname "$0")/.." && pwd)
JMH_JAVA_OPTS="-Dbench.schema=$root/bench/load-config/datasets/bench-load.avsc" \
  exec "$root/bench/jmh.sh" catalog CopyRowsBenchmark "$@"
