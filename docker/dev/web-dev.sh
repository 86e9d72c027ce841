#!/usr/bin/env bash
# Web dev server of docker-compose.yml: installs web/ dependencies into the node_modules volume when the
# lockfile changed, then runs Vite with hot module replacement on 0.0.0.0:5173. Vite proxies /api, /ws and
# /executors to PAIRPAD_DEV_BACKEND (the server-dev container), see web/vite.config.
set -euo pipefail
export PAIRPAD_DEV_BACKEND="${PAIRPAD_DEV_BACKEND:-http://server:8080}"
echo "pairpad-web-dev: Vite proxies /api, /ws and /executors to $PAIRPAD_DEV_BACKEND" >&2
cd /src/web
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
exec node_modules/.bin/vite --host 0.0.0.0 --port 5173 --strictPort
