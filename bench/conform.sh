#!/usr/bin/env bash
# JMH benchmark of the conform hot path (schemas' ConformBenchmark): a 10-field record of mixed types conformed on
# one thread; prints records/s (ops/s). Extra arguments go to JMH, e.g. bench/conform.sh -prof gc.
# Needs only a JDK and Maven (bench/jmh.sh builds what it runs).
exec "$(dirname "$0")/jmh.sh" schemas ConformBenchmark "$@"
