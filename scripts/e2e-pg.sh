#!/usr/bin/env bash
# The e2e suite on PostgreSQL: against DATABASE_URL when set (each test app creates and drops its
# own database there), otherwise against a throwaway cluster started for the run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DATABASE_URL:-}" ]; then
  exec bash scripts/with-postgres.sh "$0" "$@"
fi
exec npx jest --config jest.config.js "$@" --selectProjects e2e
