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

trap 'stop_server; exit 0' TERM INT

echo "pairpad-dev: first build (all modules)..." >&2
full_build
start_server

while true; do
  mapfile -t paths < <(watched_paths)
  changed=$(inotifywait -q -r -e close_write,create,delete,move --format '%w%f' "${paths[@]}")
  # Let an editor's burst of writes settle: keep reading events until one second passes without any.
  while more=$(inotifywait -q -r -t 1 -e close_write,create,delete,move --format '%w%f' "${paths[@]}"); do
    changed="$changed"$'\n'"$more"
  done
  echo "pairpad-dev: changed: $(printf '%s' "$changed" | tr '\n' ' ')" >&2
  if printf '%s\n' "$changed" | grep -q -e '^executor-python-pyodide/' -e 'pom.xml$'; then
    build=full_build
  else
    build=quick_build
  fi
  if $build; then
    stop_server
    start_server
  else
    echo "pairpad-dev: build failed; the previous server keeps running" >&2
  fi
done
