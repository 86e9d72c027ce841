#!/usr/bin/env bash
# Dev server of docker-compose.yml: builds Pairpad from the sources mounted at /src, runs `interview serve`,
# and when Java sources or poms change rebuilds and restarts it (the old server keeps running if the build
# fails). The web app is served by the web-dev container with Vite, so web/ changes are left to Vite.
set -euo pipefail
cd /src

# Modules rebuilt on a Java change; web and the Pyodide bundle (npm builds) come from the first full build.
quick_modules=api,executors-spi,executor-js-iframe,core,cli
server_pid=

full_build() { mvn -B -ntp -q -pl cli -am -DskipTests install; }
quick_build() { mvn -B -ntp -q -o -pl "$quick_modules" -DskipTests install; }

start_server() {
  # shellcheck disable=SC2086 # PAIRPAD_JAVA_OPTS holds several options, split on purpose (as in bin/interview)
  java ${PAIRPAD_JAVA_OPTS:-} -jar cli/target/pairpad-cli.jar serve --host 0.0.0.0 --data /data &
  server_pid=$!
}

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" || true
  fi
  server_pid=
}

watched_paths() {
  local path
  for path in pom.xml */pom.xml */src/main; do
    case "$path" in web/*|e2e/*) continue ;; esac
    [ -e "$path" ] && printf '%s\n' "$path"
  done
}

events=$(mktemp)
child=
# Builds and inotifywait run in the background while the script `wait`s for them, so that
# `docker compose stop` (SIGTERM) is handled at once, not after the build or the next file change.
interruptibly() { # runs "$@" as a child the TERM trap can stop; returns its status
  "$@" &
  child=$!
  local status=0
  wait "$child" || status=$?
  child=
  return "$status"
}
wait_for_changes() { # $1...: extra inotifywait options; the changed paths go to $events
  interruptibly inotifywait -q -r -e close_write,create,delete,move --format '%w%f' "$@" "${paths[@]}" >"$events"
}
shutdown() {
  if [ -n "$child" ]; then kill "$child" 2>/dev/null || true; fi
  stop_server
  rm -f "$events"
  exit 0
}
trap shutdown TERM INT

echo "pairpad-dev: first build (all modules)..." >&2
if interruptibly full_build; then
  start_server
else
  echo "pairpad-dev: the first build failed; fix the sources and save to build again" >&2
fi

while true; do
  mapfile -t paths < <(watched_paths)
  wait_for_changes || continue
  changed=$(cat "$events")
  # Let an editor's burst of writes settle: keep collecting events until one second passes without any.
  while wait_for_changes -t 1; do
    changed="$changed"$'\n'"$(cat "$events")"
  done
  echo "pairpad-dev: changed: $(printf '%s' "$changed" | tr '\n' ' ')" >&2
  if [ ! -f cli/target/pairpad-cli.jar ] || printf '%s\n' "$changed" | grep -q -e '^executor-python-pyodide/' -e 'pom.xml$'; then
    build=full_build
  else
    build=quick_build
  fi
  if interruptibly $build; then
    stop_server
    start_server
  else
    echo "pairpad-dev: build failed; the previous server keeps running" >&2
  fi
done
