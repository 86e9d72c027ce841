# shellcheck shell=bash
# Sourced by the bin/ scripts: finds a JDK >= 21 and exports JAVA_HOME, or exits with one clear line.
# Order: JAVA_HOME if it is >= 21, then `java` on PATH, then the usual install places.

pairpad_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

pairpad_find_jdk() {
  local candidate major
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* /usr/java/* \
                   "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    if [ ! -x "$candidate/bin/java" ] || [ ! -x "$candidate/bin/javac" ]; then continue; fi
    major=$(pairpad_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

if ! PAIRPAD_JDK=$(pairpad_find_jdk); then
  echo "pairpad: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one, e.g. 'apt-get install -y openjdk-21-jdk-headless' or Temurin 21+, then run this again." >&2
  exit 1
fi
export JAVA_HOME="$PAIRPAD_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8 on JDK 24+ warns about sun.misc.Unsafe; this flag only exists from JDK 23 on.
if [ "$(pairpad_java_major "$JAVA_HOME/bin/java")" -ge 23 ]; then
  case " ${MAVEN_OPTS:-} " in *sun-misc-unsafe-memory-access*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi
