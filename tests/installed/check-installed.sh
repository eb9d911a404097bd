#!/bin/sh
# check-installed.sh — `make install` gives a library, headers and a pkg-config file that a
# program outside the tree builds and links against.  Run by CI (not by make check: it
# configures and installs a second copy).
#   tests/installed/check-installed.sh   (from the top of the source tree, after autoreconf)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/build"
(cd "$work/build" && "$top/configure" -q --prefix="$work/prefix" --disable-introspection PYTHON=/usr/bin/python3 \
   && make -s -j"$(nproc)" >/dev/null && make -s install >/dev/null)

export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
pkg-config --exists incentive-1
test -f "$work/prefix/include/incentive-1/incentive/incentive.h"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Werror -o "$work/month" "$top/tests/installed/month.c" $(pkg-config --cflags --libs incentive-1)

out=$(LD_LIBRARY_PATH="$work/prefix/lib" "$work/month" "$top/examples/data/plan.ini" \
        "$top/examples/data/sales-2026-10.csv" "$top/examples/data/webshop-2026-10.csv")
echo "$out"
# The sample month, as pinned by tests/cases/sample-month: E01 first with 785.07 EUR.
echo "$out" | grep -qx "1 E01 785.07 78507"
echo "$out" | grep -qx "best E01"
test -x "$work/prefix/bin/incentive"
"$work/prefix/bin/incentive" --version >/dev/null 2>&1 || LD_LIBRARY_PATH="$work/prefix/lib" "$work/prefix/bin/incentive" --version
echo "installed library: 1 passed, 0 failed"
