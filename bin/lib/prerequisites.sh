# Sourced by bin/test: checks for the tools the build and tests need beyond the JDK and Maven.

pairpad_install_or_explain() { # $1: what is missing, $2...: Debian packages that bring it
  local what=$1; shift
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "pairpad: installing $what ($*) with apt-get..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >&2
  else
    echo "pairpad: $what is missing; install it with: sudo apt-get install -y $*" >&2
    exit 1
  fi
}

pairpad_require_node() {
  local major
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    major=$(node -p 'process.versions.node.split(".")[0]')
    [ "$major" -ge 20 ] && return 0
    echo "pairpad: Node.js $major found, 20 or newer is needed (https://nodejs.org or your package manager)." >&2
    exit 1
  fi
  pairpad_install_or_explain "Node.js 20+ and npm" nodejs npm
}

pairpad_require_chromium() {
  [ -n "${PAIRPAD_CHROMIUM:-}" ] && [ -x "$PAIRPAD_CHROMIUM" ] && return 0
  if [ -x /usr/bin/chromium ]; then export PAIRPAD_CHROMIUM=/usr/bin/chromium; return 0; fi
  pairpad_install_or_explain "Chromium (for the browser tests)" chromium
  export PAIRPAD_CHROMIUM=/usr/bin/chromium
}
