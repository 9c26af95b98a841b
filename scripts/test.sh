#!/usr/bin/env bash
# The whole test suite: prepares PostgreSQL and MariaDB where missing (scripts/test-env.sh), then unit, store,
# route and black-box tests of every module. Usage: scripts/test.sh [extra maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/test-env.sh
exec mvn -B verify "$@"
