#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster on 127.0.0.1:${PGPORT:-55432}, with
# DATABASE_URL exported, then stops and deletes the cluster. Installs PostgreSQL if missing.
# Usage: scripts/with-postgres.sh <command> [args...]   (as root, as on CI)
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "PostgreSQL not found; installing it with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
PGD=$(mktemp -d)
chmod 755 "$PGD"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGD"; AS_PG=(runuser -u postgres --); else AS_PG=(); fi
cleanup() {
  # the server's CPU time (its own and its ended backends'), for comparing runs on a busy machine
  local pid
  pid=$(head -n 1 "$PGD/data/postmaster.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && [ -r "/proc/$pid/stat" ]; then
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "PostgreSQL server CPU time: %.1f s\n", ($12 + $13 + $14 + $15) / hz }' "/proc/$pid/stat" >&2
  fi
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGD/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGD"
}
trap cleanup EXIT
# The cluster is deleted when the command ends, so nothing in it needs to survive a crash of the
# server: it does not wait for the disk (fsync, synchronous_commit, full_page_writes off). What the
# command sees through SQL is the same; only a server crash could lose data, and no test crashes it
# (crash-safety kills the CLI, a client). PG_DURABLE=1 keeps the defaults.
PG_THROWAWAY="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if [ "${PG_DURABLE:-}" = 1 ]; then PG_THROWAWAY=""; fi
"${AS_PG[@]}" "$PGBIN/initdb" -D "$PGD/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGD/data" -l "$PGD/pg.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGD -c max_connections=200 $PG_THROWAWAY" start >/dev/null
psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c 'create database totalfly' >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/totalfly"
export PGD PGPORT
"$@"
