#!/bin/sh
# setup.sh — installs what is missing (Debian 12, as root), then configures and builds
# libincentive in ./build.  Used by the README's two commands and by CI.
#   ./setup.sh          set up and build
#   ./setup.sh check    set up, build and run the whole test suite; the last line says
#                       "N passed, M failed"
set -eu
cd "$(dirname "$0")"

packages="build-essential autoconf automake libtool pkg-config libglib2.0-dev libjson-glib-dev
libcsv-dev libcunit1-dev libsqlite3-dev sqlite3 mawk python3 python3-gi gobject-introspection
libgirepository1.0-dev gjs gi-docgen chromium valgrind"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt configure ]; then
  autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
fi
mkdir -p build
cd build
if [ ! -f Makefile ] || [ ../configure -nt Makefile ]; then
  # Debian's python3 has gi; a python found first on PATH may not.
  ../configure -q PYTHON=/usr/bin/python3 ${CONFIGURE_FLAGS:-}
fi
make -s -j"$(nproc)"

if [ "${1:-}" = check ]; then
  status=0
  make -j"$(nproc)" check || status=$?
  # One line a person (and CI) can read, whatever the harness printed above.
  pass=$(sed -n 's/^# PASS: *//p' test-suite.log 2>/dev/null | head -n 1)
  fail=$(sed -n 's/^# FAIL: *//p' test-suite.log 2>/dev/null | head -n 1)
  error=$(sed -n 's/^# ERROR: *//p' test-suite.log 2>/dev/null | head -n 1)
  skip=$(sed -n 's/^# SKIP: *//p' test-suite.log 2>/dev/null | head -n 1)
  [ "$status" -eq 0 ] || cat test-suite.log
  echo "tests: ${pass:-0} passed, $(( ${fail:-0} + ${error:-0} )) failed, ${skip:-0} skipped"
  exit "$status"
fi
