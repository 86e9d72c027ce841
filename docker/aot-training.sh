#!/usr/bin/env bash
# Image build step (runtime stage, as root): records a JDK AOT cache (JDK 25+, -XX:AOTCacheOutput) from one
# real start of `interview serve` exercised by `interview deploy check`, then stops the server with SIGTERM;
# the JVM writes the cache as it exits. Containers start with -XX:AOTCache and skip most class loading and
# linking. The JVM options here must be the ENTRYPOINT's (the packaging tests compare them): a cache made
# with other options or another JDK is not used.
# Usage: aot-training.sh CACHE_FILE
set -euo pipefail
cache=$1
jar=/opt/pairpad/pairpad-cli.jar
port=18680
data=$(mktemp -d)

java -XX:AOTCacheOutput="$cache" -XX:MaxRAMPercentage=75 --enable-native-access=ALL-UNNAMED -jar "$jar" \
  serve --host 127.0.0.1 --port "$port" --data "$data" &
server=$!

healthy=false
for _ in $(seq 1 120); do
  if java -cp /opt/pairpad/health HealthCheck "http://127.0.0.1:$port/health" 2>/dev/null; then
    healthy=true
    break
  fi
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
if [ "$healthy" != true ]; then
  echo "aot-training: interview serve did not answer /health; no AOT cache" >&2
  kill "$server" 2>/dev/null || true
  exit 1
fi

# Training load: health, languages, a room, two WebSocket clients and an edit. A failure here only means a
# smaller cache; the CI image job runs the same check against the finished image and fails loudly.
# (its client settings go to the scratch folder, not into the image's /root)
HOME="$data" XDG_CONFIG_HOME="$data" java -jar "$jar" deploy check "http://127.0.0.1:$port" \
  || echo "aot-training: deploy check failed during training (the cache is still written)" >&2

kill -TERM "$server"
wait "$server" || true
rm -rf "$data"
if [ ! -s "$cache" ]; then
  echo "aot-training: the JVM wrote no AOT cache at $cache" >&2
  exit 1
fi
echo "aot-training: wrote $(du -h "$cache" | cut -f1) AOT cache $cache" >&2
