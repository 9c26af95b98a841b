#!/usr/bin/env bash
# Builds the hub when its jar is missing or older than the sources, then runs it on the embedded default:
# H2 under ./data, pipelines from ./config, HTTP on 8080. Extra arguments go to the hub, e.g. --server.port=9090.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls routes/target/satudata-hub-routes-*-exec.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find pom.xml */pom.xml */src -newer "$jar" -type f -print -quit)" ]; then
  mvn -B -q -DskipTests package
  jar=$(ls routes/target/satudata-hub-routes-*-exec.jar | head -n 1)
fi
exec java ${HUB_JAVA_OPTS:-} -jar "$jar" "$@"
