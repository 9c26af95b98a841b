#!/usr/bin/env bash
# Installs, configures and starts what the test suite needs, only where it is missing (idempotent):
#   PostgreSQL 15 with wal_level=logical, MariaDB with a ROW binlog, each with a `hub` account for tests;
#   Node.js and npm, and the third-party registry clients of it-tests/npm/ exactly as its lockfile pins them.
# Runs as root on Debian (as CI does) or through sudo. Prints what it did; changes nothing already right.
set -euo pipefail

PG_VERSION=15
HUB_USER=${HUB_TEST_DB_USER:-hub}
HUB_PASSWORD=${HUB_TEST_DB_PASSWORD:-hub}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

log() { printf '[test-env] %s\n' "$*"; }

apt_updated=false
ensure_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! $apt_updated; then $SUDO apt-get update -qq; apt_updated=true; fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

setup_postgres() {
  ensure_packages "postgresql-$PG_VERSION" "postgresql-client-$PG_VERSION"
  [ -d "/etc/postgresql/$PG_VERSION/main" ] || $SUDO pg_createcluster "$PG_VERSION" main >/dev/null
  local conf="/etc/postgresql/$PG_VERSION/main/conf.d/satudata-hub.conf"
  local want=$'wal_level = logical\nmax_replication_slots = 20\nmax_wal_senders = 20\nmax_connections = 200'
  if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$want" ]; then
    log "configuring PostgreSQL $PG_VERSION for logical decoding"
    printf '%s\n' "$want" | $SUDO tee "$conf" >/dev/null
    $SUDO pg_ctlcluster "$PG_VERSION" main stop >/dev/null 2>&1 || true
  fi
  if ! $SUDO pg_ctlcluster "$PG_VERSION" main status >/dev/null 2>&1; then
    log "starting PostgreSQL $PG_VERSION"
    $SUDO pg_ctlcluster "$PG_VERSION" main start
  fi
  for _ in $(seq 1 60); do
    as_postgres psql -qtAc 'select 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  as_postgres psql -v ON_ERROR_STOP=1 -qtA >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$HUB_USER') THEN
    CREATE ROLE "$HUB_USER" LOGIN SUPERUSER REPLICATION PASSWORD '$HUB_PASSWORD';
  END IF;
END \$\$;
SQL
  as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname = 'hub'" | grep -q 1 \
    || as_postgres createdb -O "$HUB_USER" hub
  log "PostgreSQL ready: $( as_postgres psql -qtAc 'show wal_level') on localhost:5432, user $HUB_USER"
}

setup_mariadb() {
  ensure_packages mariadb-server mariadb-client
  local conf=/etc/mysql/mariadb.conf.d/90-satudata-hub.cnf
  local want=$'[mysqld]\nserver_id = 1\nlog_bin = mysql-bin\nbinlog_format = ROW\nbinlog_row_image = FULL\nbind-address = 127.0.0.1\n\n[mysqld_safe]\nskip_syslog\nlog_error = /var/lib/mysql/mariadb.err'
  if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$want" ]; then
    log "configuring MariaDB for a ROW binlog"
    printf '%s\n' "$want" | $SUDO tee "$conf" >/dev/null
    $SUDO /etc/init.d/mariadb stop >/dev/null 2>&1 || true
  fi
  if ! $SUDO mariadb-admin ping >/dev/null 2>&1; then
    log "starting MariaDB"
    $SUDO /etc/init.d/mariadb start >/dev/null
  fi
  $SUDO mariadb -e "CREATE USER IF NOT EXISTS '$HUB_USER'@'localhost' IDENTIFIED BY '$HUB_PASSWORD';
    CREATE USER IF NOT EXISTS '$HUB_USER'@'127.0.0.1' IDENTIFIED BY '$HUB_PASSWORD';
    GRANT ALL PRIVILEGES ON *.* TO '$HUB_USER'@'localhost' WITH GRANT OPTION;
    GRANT ALL PRIVILEGES ON *.* TO '$HUB_USER'@'127.0.0.1' WITH GRANT OPTION;
    FLUSH PRIVILEGES;"
  log "MariaDB ready: binlog_format=$($SUDO mariadb -NBe 'select @@binlog_format') on localhost:3306, user $HUB_USER"
}

NPM_CLIENTS="$(cd "$(dirname "$0")/.." && pwd)/it-tests/npm"

setup_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    ensure_packages nodejs npm
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || log "warning: Node.js $(node --version) is older than the 20 the registry clients' packages want"
  # npm keeps a copy of the lockfile it installed from in node_modules/: install again only when ours is newer
  if [ ! -f "$NPM_CLIENTS/node_modules/.package-lock.json" ] \
      || [ "$NPM_CLIENTS/package-lock.json" -nt "$NPM_CLIENTS/node_modules/.package-lock.json" ]; then
    log "installing the registry clients of it-tests/npm from its lockfile"
    npm ci --prefix "$NPM_CLIENTS" --no-audit --no-fund --loglevel=error >/dev/null
  fi
  log "Node.js $(node --version) ready, registry clients installed in $NPM_CLIENTS/node_modules"
}

setup_postgres
setup_mariadb
setup_node
